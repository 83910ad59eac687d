import { mergeClocks, pClock, pClockRange, pDaypartOf } from './grammar-clock.js';
import { pDayonly, pDMY, pHoliday, pMDY, pMDYListTail, pNumeric, pWeekday } from './grammar-dates.js';
import { pDecade, pMonth, pPart, pPeriod, pRel, pRelday, pYear } from './grammar-periods.js';
import { pRange } from './grammar-ranges.js';
import { pDuration, pLater, pSet, pShift } from './grammar-spans.js';
import { CATEGORY_INDEX, type Category, type Hit } from './lexicon.js';
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
  { fn: pMDYListTail, starts: [], numbers: true },
  { fn: pNumeric, starts: [], numbers: true },
  { fn: pWeekday, starts: ['det', 'deixis', 'weekday'], numbers: false },
  { fn: pHoliday, starts: ['det', 'deixis', 'holiday'], numbers: false },
  { fn: pDayonly, starts: ['det', 'dayword'], numbers: false },
  { fn: pMonth, starts: ['det', 'deixis', 'monthword', 'month'], numbers: false },
  { fn: pYear, starts: ['det', 'yearword'], numbers: true },
  { fn: pRel, starts: ['det', 'deixis', 'unit'], numbers: false },
  { fn: pPart, starts: ['det', 'part'], numbers: false },
  { fn: pPeriod, starts: ['det', 'deixis', 'ord'], numbers: false, q: true },
  { fn: pDecade, starts: ['decadeword', 'det'], numbers: false },
  { fn: pRelday, starts: ['relday'], numbers: false },
  { fn: pShift, starts: ['ago', 'ahead', 'card', 'half', 'unit'], numbers: true },
  { fn: pLater, starts: ['det', 'unit', 'card'], numbers: true },
  { fn: pDuration, starts: ['span', 'card', 'half', 'unit'], numbers: true },
  { fn: pSet, starts: ['setword', 'setcue'], numbers: false },
  { fn: pClock, starts: ['clockdet', 'daypart'], numbers: true },
  { fn: pClockRange, starts: ['rangefrom'], numbers: false },
  { fn: pDaypartOf, starts: ['det'], numbers: false },
];

const NO_HITS: readonly Hit[] = [];

/** For each category, the rules (as a bit set) an expression starting with it may belong to. */
const RULES_BY_CATEGORY: number[] = new Array<number>(CATEGORY_INDEX.size).fill(0);
RULES.forEach((rule, x) => {
  for (const c of rule.starts) RULES_BY_CATEGORY[CATEGORY_INDEX.get(c)!]! |= 1 << x;
});
const NUMBER_RULES = RULES.reduce((mask, rule, x) => (rule.numbers ? mask | (1 << x) : mask), 0);
const Q_RULES = RULES.reduce((mask, rule, x) => (rule.q ? mask | (1 << x) : mask), 0);

/** Categories that make an expression by themselves; any other word needs a time word or a number after it. */
const ALONE: boolean[] = new Array<boolean>(CATEGORY_INDEX.size).fill(false);
for (const c of ['month', 'weekday', 'relday', 'setword', 'holiday', 'daypart'] as const) ALONE[CATEGORY_INDEX.get(c)!] = true;

function thousands(r: AtomReader, i: number): boolean {
  return r.isMark(i + 1, '.') && r.tight(i + 1) && r.tight(i + 2) && r.isNumber(i + 2) && r.a[i + 2]!.raw.length === 3;
}

/**
 * Finds the time expressions of one segment, left to right: at each atom every rule that can start
 * there is tried and the longest match wins; the scan resumes after it. Atoms no rule can start
 * (most words) cost one lexicon lookup.
 */
export function recognize(r: AtomReader): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < r.n; ) {
    const at = r.a[i]!;
    if (at.kind === 'mark') {
      i++;
      continue;
    }
    let mask: number;
    // "25 %", "1.500": a percentage or a thousands group starts no time
    if (at.kind === 'number') mask = r.isMark(i + 1, '%') || thousands(r, i) ? 0 : NUMBER_RULES;
    else {
      const hits = r.hits(i);
      mask = 0;
      let alone = false;
      let block = 0;
      let longest = 1;
      for (const h of hits) {
        mask |= RULES_BY_CATEGORY[h.ci]!;
        if (ALONE[h.ci]) alone = true;
        if (h.cat === 'block') block = h.len;
        if (h.len > longest) longest = h.len;
      }
      if (block) {
        i += block;
        continue;
      }
      if (at.norm === 'q') mask |= Q_RULES;
      // "el", "de", "the"… start an expression only when a time word or a number follows
      const next = r.a[i + longest];
      if (!alone && next && next.kind === 'word' && next.norm !== 'q' && r.hits(i + longest).length === 0) mask = 0;
    }
    let best: Match | null = null;
    for (let x = 0; mask !== 0 && x < RULES.length; x++) {
      if (!(mask & (1 << x))) continue;
      const m = RULES[x]!.fn(r, i);
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
