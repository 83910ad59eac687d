import type { CompiledActors, OfficeTerm, PersonInfo } from './compiled.js';

/**
 * Dated offices: which term of a person applies on a date, and who held an office of a country or an
 * organisation on a date. Dates are compared as strings, a partial start read as its first day and a
 * partial end as its last ("2021" ends on 2021-12-31), so a handover day belongs to both holders and
 * the newer one wins.
 */

const startKey = (d: string): string => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);
const endKey = (d: string | null): string => (d === null ? '9999-99-99' : d.length === 4 ? `${d}-99-99` : d.length === 7 ? `${d}-99` : d);

export function termActive(t: OfficeTerm, date: string): boolean {
  return startKey(t.start) <= date && date <= endKey(t.end);
}

const OFFICE_RANK = ['head_of_state', 'head_of_government', 'org_head', 'foreign_minister', 'defence_minister'];
const rank = (t: OfficeTerm): number => {
  const r = OFFICE_RANK.indexOf(t.office);
  return r < 0 ? OFFICE_RANK.length : r;
};

/**
 * The term that describes a person on `date` (null: the latest known): the highest office held that day,
 * else the nearest term before it, else the first after it — a name keeps its code across years.
 */
export function termOn(p: PersonInfo, date: string | null): OfficeTerm | null {
  if (p.terms.length === 0) return null;
  const day = date ?? '9999-99-98';
  let best: OfficeTerm | null = null;
  for (const t of p.terms) if (termActive(t, day) && (!best || rank(t) < rank(best))) best = t;
  if (best) return best;
  let before: OfficeTerm | null = null;
  for (const t of p.terms) if (endKey(t.end) < day && (!before || endKey(t.end) > endKey(before.end))) before = t;
  return before ?? p.terms[0]!;
}

/** The offices a person holds on `date` (those of the term termOn picks when none is active). */
export function officesOn(p: PersonInfo, date: string | null): string[] {
  const day = date ?? '9999-99-98';
  const out: string[] = [];
  for (const t of p.terms) {
    if (!termActive(t, day)) continue;
    out.push(t.office);
    if (t.alsoHeadOfGovernment) out.push('head_of_government');
  }
  if (out.length === 0) {
    const t = termOn(p, date);
    if (t) out.push(t.office, ...(t.alsoHeadOfGovernment ? ['head_of_government'] : []));
  }
  return out;
}

export interface Holding {
  person: number;
  term: OfficeTerm;
}

const indexes = new WeakMap<CompiledActors, Map<string, Holding[]>>();

/** Terms by "<country or org>|<office>", built once per lexicon. */
function officeIndex(data: CompiledActors): Map<string, Holding[]> {
  let index = indexes.get(data);
  if (!index) {
    index = new Map();
    data.persons.forEach((p, person) => {
      for (const term of p.terms) {
        const offices = term.alsoHeadOfGovernment ? [term.office, 'head_of_government'] : [term.office];
        for (const where of [term.country, term.org]) {
          if (!where) continue;
          for (const office of offices) {
            const key = `${where}|${office}`;
            let list = index!.get(key);
            if (!list) index!.set(key, (list = []));
            list.push({ person, term });
          }
        }
      }
    });
    indexes.set(data, index);
  }
  return index;
}

/**
 * Who held one of `offices` (tried in order) of `where` (a country or org code) on `date` (null: now).
 * Several holders the same day (a handover) give the newest; none gives null. With `unique`, several
 * holders whose terms overlap by more than a handover give null: an organisation has many heads (the
 * European Union's Commission, Council and Parliament), and "its president" names none of them.
 */
export function holderOn(data: CompiledActors, where: string, offices: readonly string[], date: string | null, unique = false): Holding | null {
  const day = date ?? '9999-99-98';
  const index = officeIndex(data);
  for (const office of offices) {
    let best: Holding | null = null;
    let others = 0;
    for (const h of index.get(`${where}|${office}`) ?? []) {
      if (!termActive(h.term, day)) continue;
      if (best && h.person !== best.person && h.term.start !== day && best.term.start !== day) others++;
      if (!best || startKey(h.term.start) > startKey(best.term.start)) best = h;
    }
    if (best && unique && others > 0) return null;
    if (best) return best;
  }
  return null;
}

/** Said in a mention's `via` when an undated article's text is older than the office's current holder. */
export const OFFICE_UNDATED = '+office-undated';

/**
 * When offices are read: the publication date; for an undated article null (the latest holder) with
 * `ceiling`, the latest date its text gives (null when it gives none).
 */
export interface OfficeDate {
  date: string | null;
  ceiling: string | null;
}

/**
 * holderOn for a document. In an undated article a holder whose term began after every date the text
 * gives is taken only if the same person also held the office on the text's latest date; else the
 * answer is 'undated': the text may be older than that holder, and which holder it meant is unknown.
 */
export function documentHolder(data: CompiledActors, where: string, offices: readonly string[], when: OfficeDate, unique = false): Holding | 'undated' | null {
  const h = holderOn(data, where, offices, when.date, unique);
  if (!h || when.date !== null || when.ceiling === null || startKey(h.term.start) <= endKey(when.ceiling)) return h;
  return holderOn(data, where, offices, when.ceiling, unique)?.person === h.person ? h : 'undated';
}
