import { z } from 'zod';
import type { DocumentInput } from '../core/doc.js';
import { isRealDay } from '../core/day.js';
import { InputError } from '../core/errors.js';
import { wellFormed } from '../core/well-formed.js';
import { htmlToDocument } from './html.js';

/** One JSONL input record, as in ANALYSIS_FORMAT.md. */
const RecordSchema = z
  .object({
    // null is "no id", as for every other field; a number is read as its decimal form.
    id: z.union([z.string(), z.number()], { errorMap: () => ({ message: 'must be a string or a number' }) }).nullish(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    // A date, or a date and time (the day is kept), naming a day that exists.
    published: z
      .string()
      .refine((v) => isRealDay(v.slice(0, 10)) && (v.length === 10 || v[10] === 'T' || v[10] === ' '), {
        message: 'must be a real YYYY-MM-DD date (optionally followed by a time)',
      })
      .nullish(),
    lang: z.enum(['es', 'en']).nullish(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => typeof r.text === 'string' || typeof r.html === 'string', {
    message: 'needs a "text" or an "html" field',
  });

/**
 * Parses one JSONL line into a DocumentInput, or throws an InputError naming the line and the reason.
 * Its strings are made well-formed (JSON's "\ud800" escapes can leave lone surrogates) before anything
 * hashes or analyses them. An "html" field deeper than the markup limit is read as plain text, said
 * through `notice`.
 */
export function parseRecord(line: string, where: string, notice?: (message: string) => void): DocumentInput {
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
    typeof r.text === 'string' ? { text: wellFormed(r.text).normalize('NFC') } : htmlToDocument(wellFormed(r.html!), where, notice);
  const title = r.title ? wellFormed(r.title) : null;
  return {
    ...base,
    sourceId: r.id === undefined || r.id === null ? null : wellFormed(String(r.id)),
    url: r.url ? wellFormed(r.url) : (base.url ?? null),
    title: title ?? base.title ?? null,
    published: r.published ? r.published.slice(0, 10) : (base.published ?? null),
    lang: r.lang ?? base.lang ?? null,
  };
}
