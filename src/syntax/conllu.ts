/** One syntactic word of a CoNLL-U sentence (a word line: integer ID). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, else the 1-based index of the head word; -1 when the file leaves it blank (`_`). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A sentence: its comment lines, its words, and the lines that are not words (ranges, empty nodes). */
export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, each kept verbatim with the word index it comes before. */
  extra: { before: number; line: string }[];
  /** 1-based line of the sentence's first line, for error messages. */
  line: number;
}

/**
 * Parses CoNLL-U. Word lines need 10 tab-separated columns; a bad line is an error naming the file and
 * the line, since a shifted column would silently corrupt every later head.
 */
export function parseConllu(text: string, where: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { comments: [], words: [], extra: [], line: n + 1 };
    if (line.startsWith('#')) {
      cur.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${where}:${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (/^\d+[-.]\d+$/.test(id)) {
      cur.extra.push({ before: cur.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(id) || Number(id) !== cur.words.length + 1) {
      throw new Error(`${where}:${n + 1}: word ID ${id} out of sequence (expected ${cur.words.length + 1})`);
    }
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) throw new Error(`${where}:${n + 1}: HEAD "${cols[6]}" is not a number`);
    cur.words.push({
      form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!,
      head, deprel: cols[7]!, deps: cols[8]!, misc: cols[9]!,
    });
  }
  if (cur) out.push(cur);
  for (const s of out) {
    for (const w of s.words) {
      if (w.head > s.words.length) throw new Error(`${where}:${s.line}: HEAD ${w.head} beyond the sentence's ${s.words.length} words`);
    }
  }
  return out;
}

/** Writes sentences back as CoNLL-U, range and empty-node lines in their places. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = [...s.comments];
    let e = 0;
    for (let i = 0; i <= s.words.length; i++) {
      while (e < s.extra.length && s.extra[e]!.before === i) lines.push(s.extra[e++]!.line);
      const w = s.words[i];
      if (!w) continue;
      lines.push([i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    parts.push(lines.join('\n') + '\n');
  }
  return parts.join('\n');
}
