import { z } from 'zod';
import type { DocumentInput } from '../core/doc.js';
import { InputError } from '../core/errors.js';
import { htmlToDocument } from './html.js';

/** One JSONL input record, as in ANALYSIS_FORMAT.md. */
const RecordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a YYYY-MM-DD date')
      .nullish(),
    lang: z.enum(['es', 'en']).nullish(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => typeof r.text === 'string' || typeof r.html === 'string', {
    message: 'needs a "text" or an "html" field',
  });

/** Parses one JSONL line into a DocumentInput, or throws an InputError naming the line and the reason. */
export function parseRecord(line: string, where: string): DocumentInput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message})`, where);
  }
  const parsed = RecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length ? `field "${issue.path.join('.')}" ` : '';
    throw new InputError(`bad record: ${path}${issue.message}`, where);
  }
  const r = parsed.data;
  const base: DocumentInput =
    typeof r.text === 'string' ? { text: r.text.normalize('NFC') } : htmlToDocument(r.html!, where);
  return {
    ...base,
    sourceId: r.id === undefined ? null : String(r.id),
    url: r.url ?? base.url ?? null,
    title: r.title ?? base.title ?? null,
    published: r.published ? r.published.slice(0, 10) : (base.published ?? null),
    lang: r.lang ?? base.lang ?? null,
  };
}
