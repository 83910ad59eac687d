/** One sentence of a CoNLL file: its tokens and, when the file has them, the gold tags (last column). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line of the sentence's first token, for error messages. */
  line: number;
}

/**
 * Parses CoNLL text: one token per line with whitespace-separated columns, the token first and the tag
 * last, a blank line between sentences. `-DOCSTART-` lines are skipped. With `requireTags`, a line with
 * a single column is an error naming the line.
 */
export function parseConll(text: string, where: string, requireTags: boolean): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const cols = lines[n]!.trim().split(/\s+/);
    const token = cols[0];
    if (!token) {
      cur = null;
      continue;
    }
    if (token === '-DOCSTART-') continue;
    if (requireTags && cols.length < 2) throw new Error(`${where}:${n + 1}: expected "TOKEN ... TAG", found one column`);
    if (!cur) {
      cur = { tokens: [], tags: [], line: n + 1 };
      out.push(cur);
    }
    cur.tokens.push(token);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  return out;
}
