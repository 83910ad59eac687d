import { loadJsonResource } from '../core/resources.js';

/** build/language-function-words.json (from data/shared/language-function-words.txt): ISO 639-3 code → its function words. */
export type FunctionWordTable = Record<string, string[]>;

export interface FunctionWordVote {
  /** ISO 639-3 codes, in the order of `scores`. */
  readonly codes: readonly string[];
  /** Per word, the languages that list it, each getting 1/(number of such languages). */
  readonly entries: ReadonlyMap<string, readonly number[]>;
}

let vote: FunctionWordVote | null = null;

/** The compiled function-word lists, turned into a lookup once per process. */
export function functionWordVote(): FunctionWordVote {
  if (vote) return vote;
  const table = loadJsonResource<FunctionWordTable>('build/language-function-words.json');
  const codes = Object.keys(table);
  const langsOf = new Map<string, number[]>();
  codes.forEach((code, i) => {
    for (const w of table[code]!) {
      const list = langsOf.get(w);
      if (list) list.push(i);
      else langsOf.set(w, [i]);
    }
  });
  vote = { codes, entries: langsOf };
  return vote;
}
