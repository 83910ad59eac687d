import { createHash } from 'node:crypto';

/** Stable document id: the same text always gives the same id. */
export function textId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
