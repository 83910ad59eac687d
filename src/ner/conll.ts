/** One sentence of a CoNLL file: its tokens and, when the file has them, the gold tags (last column). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line of the sentence's first token, for error messages. */
  line: number;
  /** A `-DOCSTART-` line came before the sentence. */
  docStart?: boolean;
}

/**
 * Parses CoNLL text: one token per line with whitespace-separated columns, the token first and the tag
 * last, a blank line between sentences. `-DOCSTART-` lines are skipped. With `requireTags`, a line with
 * a single column is an error naming the line.
 */
export function parseConll(text: string, where: string, requireTags: boolean): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  let docStart = false;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const cols = lines[n]!.trim().split(/\s+/);
    const token = cols[0];
    if (!token) {
      cur = null;
      continue;
    }
    if (token === '-DOCSTART-') {
      cur = null;
      docStart = true;
      continue;
    }
    if (requireTags && cols.length < 2) throw new Error(`${where}:${n + 1}: expected "TOKEN ... TAG", found one column`);
    if (!cur) {
      cur = { tokens: [], tags: [], line: n + 1 };
      if (docStart) cur.docStart = true;
      docStart = false;
      out.push(cur);
    }
    cur.tokens.push(token);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  return out;
}

const MONTHS = new Set(
  'ene enero feb febrero mar marzo abr abril may mayo jun junio jul julio ago agosto sep sept septiembre set setiembre oct octubre nov noviembre dic diciembre jan january february march apr april june july aug august september october november dec december'.split(' '),
);

const CREDIT = /^\p{Lu}[\p{Lu}-]*$/u;

/**
 * Whether a sentence holds a news-agency dateline ("Lima , 3 jun ( EFE ) ."): a day, a month, and a
 * capitalised credit in brackets, which is where wire stories begin.
 */
export function isDateline(tokens: readonly string[]): boolean {
  for (let i = 0; i + 4 < tokens.length && i < 24; i++) {
    const day = Number(tokens[i]);
    if (!Number.isInteger(day) || day < 1 || day > 31) continue;
    if (!MONTHS.has(tokens[i + 1]!.toLowerCase().replace(/\.$/, ''))) continue;
    const j = tokens[i + 2] === '.' ? i + 3 : i + 2;
    if (tokens[j] === '(' && CREDIT.test(tokens[j + 1] ?? '') && tokens[j + 2] === ')') return true;
  }
  return false;
}

/**
 * A document number for each sentence: a file with `-DOCSTART-` lines is split there; one without is
 * split at agency datelines (wire text such as CoNLL-2002 has no other boundaries).
 */
export function documentIds(sentences: readonly ConllSentence[]): number[] {
  const marked = sentences.some((s) => s.docStart);
  let doc = 0;
  return sentences.map((s, i) => {
    if (i > 0 && (marked ? s.docStart === true : isDateline(s.tokens))) doc++;
    return doc;
  });
}

/** The sentences grouped into their documents (as documentIds() splits them), in order. */
export function conllDocuments(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const ids = documentIds(sentences);
  const out: ConllSentence[][] = [];
  sentences.forEach((s, i) => {
    if (i === 0 || ids[i] !== ids[i - 1]) out.push([]);
    out[out.length - 1]!.push(s);
  });
  return out;
}
