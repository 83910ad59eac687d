/**
 * English verb and noun forms for the event coder, generated at build time: regular inflection by rule,
 * irregular past and participle forms from data/en/events-irregular-verbs.tsv. Doubling a final
 * consonant is a matter of stress the rules cannot see, so both spellings are generated; the unused
 * one never occurs in text and costs nothing.
 */
import type { VerbTag } from './events-conjugate-es.js';

export interface IrregularVerb {
  past: string[];
  part: string[];
}

const VOWEL = /[aeiou]/;

function cvc(word: string): boolean {
  const n = word.length;
  return n >= 3 && !VOWEL.test(word[n - 1]!) && !/[wxy]/.test(word[n - 1]!) && VOWEL.test(word[n - 2]!) && !VOWEL.test(word[n - 3]!);
}

export function sForm(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

export function inflectVerb(base: string, irregular: IrregularVerb | undefined): Map<string, VerbTag[]> {
  const out = new Map<string, VerbTag[]>();
  const add = (f: string, tag: VerbTag): void => {
    const tags = out.get(f);
    if (!tags) out.set(f, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
  };
  add(base, 'inf');
  add(sForm(base), 'pres');
  const stems = [base];
  if (cvc(base)) stems.push(base + base[base.length - 1]);
  for (const s of stems) {
    const ing = s.endsWith('ie') ? `${s.slice(0, -2)}ying` : s.endsWith('e') && !s.endsWith('ee') ? `${s.slice(0, -1)}ing` : `${s}ing`;
    add(ing, 'ger');
  }
  if (irregular) {
    for (const f of irregular.past) add(f, 'past');
    for (const f of irregular.part) add(f, 'part');
  } else {
    for (const s of stems) {
      const ed = s.endsWith('e') ? `${s}d` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ied` : `${s}ed`;
      add(ed, 'past');
      add(ed, 'part');
    }
  }
  return out;
}

export function inflectNoun(word: string): string[] {
  return word.includes('-') || word.endsWith('s') ? [word] : [word, sForm(word)];
}
