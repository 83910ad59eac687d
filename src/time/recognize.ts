import { MARK, NUMBER } from './atoms.js';
import { mergeClocks, pClock, pDaypartOf } from './grammar-clock.js';
import { pDayonly, pDMY, pHoliday, pMDY, pNumeric, pWeekday } from './grammar-dates.js';
import { pDecade, pMonth, pPart, pPeriod, pRel, pRelday, pYear } from './grammar-periods.js';
import { pRange } from './grammar-ranges.js';
import { pDuration, pSet, pShift } from './grammar-spans.js';
import { CATEGORIES, type Category } from './lexicon.js';
import type { AtomReader } from './reader.js';
import type { Match } from './sem.js';

interface Rule {
  fn: (r: AtomReader, i: number) => Match | null;
  /** Categories an expression of this rule can start with; `numbers` when it can start with digits. */
  starts: Category[];
  numbers: boolean;
  /** Starts with a capital Q ("Q1 2025"). */
  q?: boolean;
}

/** Every rule, in order of preference when two match the same span. */
const RULES: Rule[] = [
  { fn: pRange, starts: ['rangefrom', 'month', 'weekday', 'ord'], numbers: true },
  { fn: pDMY, starts: ['det', 'deixis', 'dayword', 'ord', 'card'], numbers: true },
  { fn: pMDY, starts: ['month'], numbers: false },
  { fn: pNumeric, starts: [], numbers: true },
  { fn: pWeekday, starts: ['det', 'deixis', 'weekday'], numbers: false },
  { fn: pHoliday, starts: ['det', 'deixis', 'holiday'], numbers: false },
  { fn: pDayonly, starts: ['det', 'dayword'], numbers: false },
  { fn: pMonth, starts: ['det', 'deixis', 'monthword', 'month'], numbers: false },
  { fn: pYear, starts: ['det', 'yearword'], numbers: true },
  { fn: pRel, starts: ['det', 'deixis', 'unit'], numbers: false },
  { fn: pPart, starts: ['det', 'part'], numbers: false },
  { fn: pPeriod, starts: ['det', 'ord'], numbers: false, q: true },
  { fn: pDecade, starts: ['decadeword', 'det'], numbers: false },
  { fn: pRelday, starts: ['relday'], numbers: false },
  { fn: pShift, starts: ['ago', 'ahead', 'card', 'half', 'unit'], numbers: true },
  { fn: pDuration, starts: ['span', 'card', 'half', 'unit'], numbers: true },
  { fn: pSet, starts: ['setword', 'setcue'], numbers: false },
  { fn: pClock, starts: ['clockdet', 'daypart'], numbers: true },
  { fn: pDaypartOf, starts: ['det'], numbers: false },
];

const CAT_INDEX = new Map(Object.keys(CATEGORIES).map((c, i) => [c as Category, i]));
const RULE_STARTS: boolean[][] = RULES.map((rule) => {
  const table = new Array<boolean>(CAT_INDEX.size).fill(false);
  for (const c of rule.starts) table[CAT_INDEX.get(c)!] = true;
  return table;
});

/**
 * Finds the time expressions of one segment, left to right: at each atom every rule that can start
 * there is tried and the longest match wins; the scan resumes after it. Atoms no rule can start
 * (most words) cost one lexicon lookup.
 */
export function recognize(r: AtomReader): Match[] {
  const out: Match[] = [];
  const cats: number[] = [];
  for (let i = 0; i < r.n; ) {
    const at = r.a[i]!;
    if (at.kind === MARK) {
      i++;
      continue;
    }
    const hits = at.kind === NUMBER ? [] : r.hits(i);
    const isQ = at.norm === 'q';
    if (at.kind !== NUMBER && hits.length === 0 && !isQ) {
      i++;
      continue;
    }
    const block = hits.find((h) => h.cat === 'block');
    if (block) {
      i += block.len;
      continue;
    }
    cats.length = 0;
    for (const h of hits) cats.push(CAT_INDEX.get(h.cat)!);
    let best: Match | null = null;
    for (let x = 0; x < RULES.length; x++) {
      const rule = RULES[x]!;
      const table = RULE_STARTS[x]!;
      const can = at.kind === NUMBER ? rule.numbers : cats.some((c) => table[c]) || (isQ && rule.q === true);
      if (!can) continue;
      const m = rule.fn(r, i);
      if (m && m.e > i && (!best || m.e > best.e)) best = m;
    }
    if (best) {
      out.push(best);
      i = best.e;
    } else {
      i++;
    }
  }
  return mergeClocks(r, out);
}
