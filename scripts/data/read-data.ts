import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../../src/core/resources.js';

export interface DataLine {
  /** 1-based line number in the file, for error messages. */
  line: number;
  fields: string[];
}

/**
 * Reads a whitespace-separated data file (relative to the project root): `#` lines are comments, the
 * first of which must name the source; blank lines are skipped. Each line must have between `min` and
 * `max` fields, else the build stops naming file:line and the reason.
 */
export function readDataLines(relativePath: string, min: number, max: number): DataLine[] {
  const text = readFileSync(PROJECT_ROOT + relativePath, 'utf8');
  const lines = text.split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) throw new Error(`${relativePath}:1: the first line must be "# source: …"`);
  const out: DataLine[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    if (fields.length < min || fields.length > max) {
      throw new Error(`${relativePath}:${i + 1}: expected ${min === max ? min : `${min} to ${max}`} fields, found ${fields.length}`);
    }
    out.push({ line: i + 1, fields });
  });
  return out;
}
