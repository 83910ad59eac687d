import type { NerCueTable } from './cues.js';
import { kindTable, LOWER, UPPER } from './chars.js';
import { LISTS, MAX_SPAN, spanKey, type Gazetteer } from './gazetteer.js';

const bit = (name: (typeof LISTS)[number]): number => 1 << LISTS.indexOf(name);
/** Which type a gazetteer mask gives a span, the curated lexicons before the lists learnt from data. */
const MASK_ORDER: ReadonlyArray<readonly [number, string]> = [
  [bit('PER_LEX'), 'PER'],
  [bit('LOC_LEX'), 'LOC'],
  [bit('ORG_LEX'), 'ORG'],
  [bit('LOC'), 'LOC'],
  [bit('PER'), 'PER'],
  [bit('ORG'), 'ORG'],
  [bit('MISC'), 'MISC'],
];
/** The curated lexicons only: in a capitalised headline, the lists learnt from Spanish data misfire ("AS"). */
const CURATED = MASK_ORDER.slice(0, 3);
/** Lowercase particles that may sit inside a name when a capitalised word follows. */
const INSIDE = new Set(['de', 'del', 'da', 'do', 'dos', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'la', 'le', '&', '-']);
/** Nationality adjectives end like these ("Russian", "Chinese", "British", "Israeli"). */
const DEMONYM = /(?:an|ese|ish|ch|i)$/;
const POSSESSIVE = /['’]s$/;
/** Share of words written with capitals above which a sentence is a headline, not running text. */
const HEADLINE_SHARE = 0.7;

function mark(tags: string[], a: number, b: number, type: string): void {
  tags[a] = `B-${type}`;
  for (let k = a + 1; k < b; k++) tags[k] = `I-${type}`;
}

const norm = (token: string): string => token.replace(/[.]$/, '').replace(/['’]s$/, '');

/**
 * English names by rule: capitalised sequences (with particles like "of" inside), typed by titles
 * before them ("President", "Mr."), organisation and place words ending them ("Ministry", "Strait"),
 * the name lists shipped with the Spanish model, given names, and a verb of saying after them.
 * Sentence-initial common words, days and months, and capitalised headlines are not names unless a
 * list knows them.
 */
export class EnglishTagger {
  /** Titles by their first word, each as lowercase tokens, longest first. */
  private readonly titles = new Map<string, string[][]>();
  private readonly org: Set<string>;
  private readonly loc: Set<string>;
  private readonly beforePlace: Set<string>;
  private readonly personVerb: Set<string>;
  private readonly firstName: Set<string>;
  private readonly starter: Set<string>;
  private readonly never: Set<string>;
  private readonly kind = kindTable();

  constructor(
    cues: NerCueTable,
    private readonly gazetteer: Gazetteer,
  ) {
    // Titles as lowercase token lists, longest first; a hyphenated one also as the tokens a splitter makes.
    const titles = cues.title.map((t) => t.map((w) => w.toLowerCase()));
    for (const t of [...titles]) if (t.some((w) => w.includes('-'))) titles.push(t.flatMap((w) => w.split(/(-)/)));
    for (const t of titles.sort((a, b) => b.length - a.length)) {
      const list = this.titles.get(t[0]!) ?? [];
      list.push(t);
      this.titles.set(t[0]!, list);
    }
    const lower = (k: keyof NerCueTable): Set<string> => new Set(cues[k].map((w) => w.join(' ').toLowerCase()));
    const exact = (k: keyof NerCueTable): Set<string> => new Set(cues[k].map((w) => w.join(' ')));
    this.org = exact('org');
    this.loc = exact('loc');
    this.firstName = exact('first-name');
    this.beforePlace = lower('before-place');
    this.personVerb = lower('person-verb');
    this.starter = lower('starter');
    this.never = lower('never');
  }

  tag(tokens: readonly string[]): string[] {
    const n = tokens.length;
    const tags = new Array<string>(n).fill('O');
    // Each token lowercased without a final "." or "'s", once per sentence.
    const low = tokens.map((t) => norm(t).toLowerCase());
    const cap = (i: number): boolean => i < n && this.kind[tokens[i]!.charCodeAt(0)] === UPPER && !this.never.has(low[i]!);
    const headline = this.isHeadline(tokens);
    let start = this.firstWord(tokens, 0);
    let personCue = false;
    for (let i = 0; i < n; ) {
      const title = this.titleAt(tokens, low, i);
      if (title > 0 && cap(i + title)) {
        personCue = true;
        i += title;
        continue;
      }
      if (!cap(i)) {
        if (/^[.!?:;"“”«»(\-–—]$/.test(tokens[i]!)) start = this.firstWord(tokens, i + 1);
        personCue = false;
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n) {
        // A possessive ends the name: "South Korea's Joint Chiefs" is two names.
        if (POSSESSIVE.test(tokens[end - 1]!) || this.titleAt(tokens, low, end) > 0) break;
        if (cap(end)) end++;
        else if (tokens[end] === '.' && tokens[end - 1]!.length === 1) end++;
        else if (tokens[end] === 'of') {
          // "of" joins only after a word that heads such names ("Bank of England", "Gulf of Aden"),
          // not "Shares of Acme".
          if (!this.org.has(norm(tokens[end - 1]!)) && !this.loc.has(norm(tokens[end - 1]!))) break;
          if (cap(end + 1)) end += 2;
          else if (tokens[end + 1] === 'the' && cap(end + 2)) end += 3;
          else break;
        } else if (INSIDE.has(tokens[end]!) && cap(end + 1)) end += 2;
        else break;
      }
      let from = i;
      if (from === start && !personCue) {
        while (from < end && (this.starter.has(low[from]!) || !cap(from))) from++;
      }
      if (headline && !personCue) this.listed(tokens, from, end, tags);
      else if (from < end) {
        const type = this.classify(tokens, low, from, end, from === start, personCue);
        if (type) mark(tags, from, end, type);
      }
      personCue = false;
      i = end;
    }
    return tags;
  }

  /** In a headline only what the lists know is a name: leftmost-longest matches inside [a, b). */
  private listed(tokens: readonly string[], a: number, b: number, tags: string[]): void {
    for (let i = a; i < b; ) {
      let found = 0;
      let type = '';
      for (let j = Math.min(b, i + MAX_SPAN); j > i && !found; j--) {
        const mask = this.lookup(tokens, i, j);
        for (const [m, t] of CURATED) {
          if (mask & m) {
            found = j;
            type = t;
            break;
          }
        }
      }
      if (found) {
        mark(tags, i, found, type);
        i = found;
      } else i++;
    }
  }

  private classify(tokens: readonly string[], low: readonly string[], a: number, b: number, initial: boolean, personCue: boolean): string | null {
    const mask = this.lookup(tokens, a, b);
    for (const [m, type] of MASK_ORDER) if (mask & m) return type;
    if (personCue) return 'PER';
    const first = norm(tokens[a]!);
    const last = norm(tokens[b - 1]!);
    const next = low[b] ?? '';
    const single = b - a === 1;
    if (single && /^\p{Lu}{2,6}$/u.test(first)) return 'ORG';
    if (this.org.has(last) || (this.org.has(first) && tokens[a + 1] === 'of')) return 'ORG';
    if (!single && (this.loc.has(last) || (this.loc.has(first) && tokens[a + 1] === 'of'))) return 'LOC';
    if (this.firstName.has(first) && !single) return 'PER';
    const nextWord = this.kind[next.charCodeAt(0)] === LOWER || this.titleAt(tokens, low, b) > 0;
    if (single && DEMONYM.test(first) && nextWord && !this.personVerb.has(next)) return 'MISC';
    if (this.personVerb.has(next)) return 'PER';
    if (single && a > 0 && this.beforePlace.has(low[a - 1]!)) return 'LOC';
    // A lone unknown capitalised word opening a sentence is more often a common noun than a name.
    if (initial && single) return null;
    return single ? 'PER' : b - a <= 3 ? 'PER' : 'ORG';
  }

  /** The gazetteer's mask for tokens[a, b), also trying the tokens run together ("U . S ." → "U.S."). */
  private lookup(tokens: readonly string[], a: number, b: number): number {
    const span = tokens.slice(a, b).map(norm);
    let r = this.gazetteer.index.get(spanKey(span));
    if (r < 0 && span.length > 1 && tokens.slice(a, b).some((t) => t === '.' || t === '-')) {
      r = this.gazetteer.index.get(spanKey([tokens.slice(a, b).join('')]));
    }
    return r < 0 ? 0 : this.gazetteer.masks[r]!;
  }

  /** Tokens a title covers at i (0 when none), a "." after an abbreviated title included. */
  private titleAt(tokens: readonly string[], low: readonly string[], i: number): number {
    const candidates = i < tokens.length ? this.titles.get(low[i]!) : undefined;
    if (!candidates || this.kind[tokens[i]!.charCodeAt(0)] !== UPPER) return 0;
    for (const title of candidates) {
      let k = 1;
      while (k < title.length && low[i + k] === title[k]) k++;
      if (k < title.length) continue;
      return tokens[i + k] === '.' ? k + 1 : k;
    }
    return 0;
  }

  /** The first token at or after i that is a word: where the sentence, or a quote inside it, starts. */
  private firstWord(tokens: readonly string[], i: number): number {
    while (i < tokens.length && this.kind[tokens[i]!.charCodeAt(0)] !== UPPER && this.kind[tokens[i]!.charCodeAt(0)] !== LOWER) i++;
    return i;
  }

  private isHeadline(tokens: readonly string[]): boolean {
    let words = 0;
    let capital = 0;
    for (const t of tokens) {
      const k = this.kind[t.charCodeAt(0)];
      if (k !== UPPER && k !== LOWER) continue;
      words++;
      if (k === UPPER) capital++;
    }
    return words >= 4 && capital / words >= HEADLINE_SHARE;
  }
}
