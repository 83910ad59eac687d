import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';
import type { Atom } from './atoms.js';
import { ShapeFilter } from './shape-filter.js';

/**
 * The categories of time words the data files may use, and the values each accepts. The builder
 * (scripts/data/time.ts) validates every data line against this table; the grammar reads the compiled
 * entries through a trie keyed by folded atoms, so multi-word forms ("pasado mañana", "a. m.") match
 * like single words.
 */
export const CATEGORIES = {
  month: 'int:1:12',
  weekday: 'int:1:7',
  holiday: 'mmdd',
  card: 'int:0:1000',
  ord: 'int:1:31',
  ordsuffix: '-',
  unit: 'enum:day,week,month,year,hour,minute,second,decade,century,fortnight,weekend,quarter,semester',
  period: 'enum:quarter,third,semester,fortnight',
  relday: 'int:-2:2',
  deixis: 'enum:this,last,next,past',
  part: 'enum:start,mid,end',
  daypart: 'enum:morning,afternoon,evening,night,noon,midnight,dawn',
  daypartdet: '-',
  daypartlink: '-',
  ampm: 'enum:am,pm',
  hourword: 'enum:strong,weak',
  zone: 'enum:Z,local',
  ago: 'enum:pre,post',
  ahead: '-',
  rangefrom: 'enum:from,between,weak',
  rangeto: 'enum:to,and,dash',
  clockprep: '-',
  clockdet: '-',
  clockmin: 'int:-30:59',
  yearcue: 'enum:strong,weak',
  yearfollow: '-',
  target: '-',
  qty: '-',
  durcue: '-',
  approx: '-',
  setcue: '-',
  setword: 'iso',
  block: '-',
  det: 'enum:sg,pl',
  and: '-',
  conn: '-',
  dayword: '-',
  monthword: '-',
  yearword: '-',
  span: 'enum:past,next',
  following: 'enum:after,before',
  later: 'enum:after,before',
  half: '-',
  decadeword: '-',
  tense: 'enum:past,future,present',
  tensesuffix: 'enum:past,future',
  tensenot: '-',
  forward: '-',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_INDEX: ReadonlyMap<Category, number> = new Map(Object.keys(CATEGORIES).map((c, i) => [c as Category, i]));

/**
 * Line flags: `abbr` an abbreviation (only next to a day or year number), `cap` must be capitalised,
 * `plural` a plural form, `nocount` a unit that a bare "un/a" does not count ("un segundo" is usually
 * the ordinal), `pre`/`post` where a deixis word stands, `of` a part word that needs "de"/"of" after it,
 * `ambiguous` a word with a second, non-time reading the grammar must rule out ("mañana": morning),
 * `article` a number word that is also an article ("un", "a").
 */
export const FLAGS = ['abbr', 'cap', 'plural', 'nocount', 'pre', 'post', 'of', 'ambiguous', 'article'] as const;
export type FlagName = (typeof FLAGS)[number];
export const FLAG_BIT: Record<FlagName, number> = Object.fromEntries(FLAGS.map((f, i) => [f, 1 << i])) as Record<FlagName, number>;

/** One compiled entry: category, folded atoms of the form, value, flags. */
export type CompiledEntry = [Category, string[], string, FlagName[]];

export interface CompiledTimeLexicon {
  lang: Lang;
  entries: CompiledEntry[];
}

export interface Hit {
  cat: Category;
  /** The category's index in CATEGORIES, for table lookups on the hot path. */
  ci: number;
  /** The value as written; `num` holds it as a number when it is one. */
  val: string;
  num: number;
  flags: number;
  /** How many atoms the form spans. */
  len: number;
}

interface Node {
  hits: Hit[] | null;
  next: Map<string, Node> | null;
  /** The entries of this node and of the nodes above it, longest first: what a lookup ending here returns. */
  upTo: readonly Hit[];
  /** The same without the entries that must be capitalised, for a lower-case first word. */
  upToLower: readonly Hit[];
}

export interface TimeLexicon {
  readonly lang: Lang;
  /** Every entry whose form starts at atoms[i], longest first; for a lower-case atom, none that must be capitalised. */
  lookup(atoms: readonly Atom[], i: number, end: number): readonly Hit[];
  /** Tense suffix rules (on the lower-cased, accented word), longest suffix first. */
  readonly suffixes: ReadonlyArray<{ suffix: string; tense: 'past' | 'future' }>;
  /** Words the suffix rules must not read as verbs ("comité", "Irán"). */
  readonly notVerbs: ReadonlySet<string>;
  /**
   * Folded words at least one of which every time expression without digits contains (a month, a
   * weekday, "ayer", a unit, a number word…): a sentence with none of them and no digit has no time.
   */
  readonly keys: ReadonlySet<string>;
  /** A cheap test that turns away most words that are not keys, before they are folded. */
  readonly keyShapes: ShapeFilter;
}

const KEY_CATEGORIES: ReadonlySet<Category> = new Set([
  'month', 'weekday', 'relday', 'unit', 'period', 'setword', 'holiday', 'daypart', 'card', 'ord',
]);

const EMPTY: readonly Hit[] = [];

export function compileLexicon(data: CompiledTimeLexicon): TimeLexicon {
  const root = new Map<string, Node>();
  const suffixes: Array<{ suffix: string; tense: 'past' | 'future' }> = [];
  const notVerbs = new Set<string>();
  const keyEntries: string[][] = [];
  for (const [cat, forms, val, flags] of data.entries) {
    if (KEY_CATEGORIES.has(cat) && !flags.includes('article')) keyEntries.push(forms);
    if (cat === 'tensesuffix') {
      suffixes.push({ suffix: forms.join(''), tense: val as 'past' | 'future' });
      continue;
    }
    if (cat === 'tensenot') {
      notVerbs.add(forms.join(' '));
      continue;
    }
    let map = root;
    let node: Node | undefined;
    for (const form of forms) {
      node = map.get(form);
      if (!node) {
        node = { hits: null, next: null, upTo: EMPTY, upToLower: EMPTY };
        map.set(form, node);
      }
      map = node.next ??= new Map();
    }
    if (!node) continue;
    const num = Number(val);
    const mask = flags.reduce((m, f) => m | FLAG_BIT[f], 0);
    (node.hits ??= []).push({ cat, ci: CATEGORY_INDEX.get(cat)!, val, num, flags: mask, len: forms.length });
  }
  // One word per key entry is enough. A phrase whose words include a key word by itself needs no other
  // ("año nuevo" has "año"): marking "nuevo" would send every sentence about something new to the
  // grammar. Otherwise the longest word ("par" of "un par de"): the others are function words.
  const keys = new Set(keyEntries.filter((forms) => forms.length === 1).map((forms) => forms[0]!));
  for (const forms of keyEntries) {
    if (forms.length > 1 && !forms.some((f) => keys.has(f))) keys.add(forms.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  // each node's answer is fixed by its path, so lookups return lists made once, here
  const fill = (map: Map<string, Node>, above: readonly Hit[]): void => {
    for (const node of map.values()) {
      node.upTo = node.hits ? [...node.hits, ...above] : above;
      node.upToLower = node.upTo.some((h) => h.flags & FLAG_BIT.cap) ? node.upTo.filter((h) => !(h.flags & FLAG_BIT.cap)) : node.upTo;
      if (node.next) fill(node.next, node.upTo);
    }
  };
  fill(root, EMPTY);
  const keyShapes = new ShapeFilter();
  for (const key of keys) keyShapes.add(key);
  const firstShapes = new ShapeFilter();
  for (const first of root.keys()) firstShapes.add(first);
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  return {
    lang: data.lang,
    suffixes,
    notVerbs,
    keys,
    keyShapes,
    lookup(atoms, i, end) {
      const first = atoms[i]!;
      const norm = first.norm;
      // most words start no entry: the shape test turns them away without hashing them
      let node = firstShapes.mayHave(norm, 0, norm.length) ? root.get(norm) : undefined;
      let found: Node | undefined;
      for (let k = i + 1; node; k++) {
        if (node.hits) found = node;
        if (!node.next || k >= end) break;
        node = node.next.get(atoms[k]!.norm);
      }
      if (!found) return EMPTY;
      return first.cap ? found.upTo : found.upToLower;
    },
  };
}

const lexicons = new Map<Lang, TimeLexicon>();

/** The compiled time lexicon of a language (build/time-<lang>.json), loaded once per process. */
export function timeLexicon(lang: 'es' | 'en'): TimeLexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = compileLexicon(loadJsonResource<CompiledTimeLexicon>(`build/time-${lang}.json`));
    lexicons.set(lang, lex);
  }
  return lex;
}
