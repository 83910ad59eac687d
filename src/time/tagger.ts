import type { TimeExpr } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { Tracer } from '../core/tracer.js';
import { AtomPool, atomizeToken, type Atom } from './atoms.js';
import { fold } from './fold.js';
import { datelineConflict, datelineDate, inferAnchor, type SegmentTimes } from './anchor.js';
import { describeDate, formatDay, fromDayNumber, parseIsoDate } from './calendar.js';
import { timeLexicon, type TimeLexicon } from './lexicon.js';
import { AtomReader } from './reader.js';
import { recognize } from './recognize.js';
import type { Match, Sem } from './sem.js';
import { resolve, type ResolveContext } from './resolve.js';
import { TenseReader, type Tense } from './tense.js';

/** How near (in atoms) a verb must be to turn English "in two weeks" into a duration. */
const CLOSE = 3;

/**
 * Whether text[from, to) may hold a time: a digit, or a word the lexicon counts as a key (a month, a
 * weekday, "ayer", a unit, a number word…). Most sentences are decided here, reading their characters
 * once, without atoms; most words by their shape alone, without folding them.
 */
function mayHoldTime(text: string, from: number, to: number, lex: TimeLexicon): boolean {
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) return true;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (lex.keyShapes.mayHave(text, runStart, i) && lex.keys.has(fold(text.slice(runStart, i)))) return true;
      runStart = -1;
    }
  }
  return false;
}

/** Atoms kept for reuse between documents, at most this many (the atoms of a few long articles). */
const POOL_KEEP = 20_000;

/** One pool per language: a text of undecided language is read with both lexicons at once. */
const pools = { es: new AtomPool(), en: new AtomPool() };

/**
 * The atoms of each run of sentences that may hold a time, within one segment, from the tokens the
 * structure stage made (in text order, sentence by sentence). Runs keep adjacent sentences together,
 * so a date a sentence splitter cut in two ("Feb." | "4, 2026") is still read whole.
 */
function candidateAtoms(doc: Doc, lex: TimeLexicon, pool: AtomPool): Array<{ segment: number; atoms: Atom[] }> {
  const out: Array<{ segment: number; atoms: Atom[] }> = [];
  const tokens = doc.tokens;
  let current: { segment: number; atoms: Atom[] } | null = null;
  let lastSentence = -2;
  pool.reset(POOL_KEEP);
  for (let from = 0; from < tokens.length; ) {
    const sentence = tokens[from]!.sentence;
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
    if (mayHoldTime(doc.text, tokens[from]!.start, tokens[to - 1]!.end, lex)) {
      const segment = doc.sentences[sentence]?.segment ?? -1;
      if (!current || current.segment !== segment || lastSentence !== sentence - 1) {
        current = { segment, atoms: [] };
        out.push(current);
      }
      let prevEnd = -1;
      for (let k = from; k < to; k++) {
        const t = tokens[k]!;
        atomizeToken(t, t.start > prevEnd, current.atoms, pool);
        prevEnd = t.end;
      }
      lastSentence = sentence;
    }
    from = to;
  }
  return out;
}

function findTimes(doc: Doc, lang: 'es' | 'en'): SegmentTimes[] {
  const lex = timeLexicon(lang);
  const parts: SegmentTimes[] = [];
  for (const { segment, atoms } of candidateAtoms(doc, lex, pools[lang])) {
    const reader = new AtomReader(atoms, lex, lang);
    parts.push({ kind: doc.segments[segment]?.kind ?? 'body', reader, matches: recognize(reader) });
  }
  return parts;
}

const count = (parts: readonly SegmentTimes[]): number => parts.reduce((n, p) => n + p.matches.length, 0);

/** The year an expression writes out ("2019", "el 3 de mayo de 2019", "marzo de 2019"), else null. */
function writtenYear(sem: Sem): number | null {
  switch (sem.t) {
    case 'date':
    case 'month':
    case 'period':
      return sem.year.y;
    case 'year':
      return sem.y;
    case 'range':
      return writtenYear(sem.b) ?? writtenYear(sem.a);
    case 'clock':
      return sem.date ? writtenYear(sem.date) : null;
    default:
      return null;
  }
}

const DATELINE_CONFLICT = 'dateline-conflict';

/**
 * The dateline match when it contradicts the given publication date, with the document flag saying so;
 * null when there is no dateline or it agrees.
 */
function checkDateline(doc: Doc, parts: readonly SegmentTimes[], published: number): Match | null {
  const line = datelineDate(parts);
  const day = line && datelineConflict(line, published);
  if (!line || day === null) return null;
  const a = line.reader.a;
  const [l, p] = [fromDayNumber(day), fromDayNumber(published)];
  doc.flags.push({
    kind: DATELINE_CONFLICT,
    start: a[line.match.s]!.start,
    end: a[line.match.e - 1]!.end,
    message: `the dateline says ${describeDate(l.y, l.m, l.d)} but the given publication date is ${describeDate(p.y, p.m, p.d)}; dates are read from the given one`,
  });
  return line.match;
}


/**
 * Finds, anchors and resolves the time expressions of a document, filling doc.published, doc.times and
 * the flags for dates that contradict themselves. With no publication date given or inferable, relative
 * expressions keep an ISO 8601-2 value with unspecified digits ("XXXX-XX-XX") and the flag `unanchored`:
 * the pipeline has no clock and never guesses today's date.
 */
export function tagTimes(doc: Doc, trace: Tracer): void {
  let anchor: number | null = null;
  const given = doc.input.published;
  if (given) {
    anchor = parseIsoDate(given);
    if (anchor === null) {
      doc.flags.push({ kind: 'invalid-published', start: 0, end: 0, message: `the publication date "${given}" is not a real YYYY-MM-DD date, so it was ignored` });
    } else {
      doc.published = { value: formatDay(anchor), source: 'metadata' };
    }
  }
  if (doc.lang !== 'es' && doc.lang !== 'en' && doc.lang !== 'und') return;
  // a text too short for the language stage to decide ("Ayer llovió.") is read with the lexicon that
  // finds more in it, Spanish first
  let lang: 'es' | 'en' = doc.lang === 'en' ? 'en' : 'es';
  let parts = findTimes(doc, lang);
  if (doc.lang === 'und') {
    const other = findTimes(doc, 'en');
    if (count(other) > count(parts)) {
      lang = 'en';
      parts = other;
    }
  }
  const conflicting = anchor !== null ? checkDateline(doc, parts, anchor) : null;
  if (anchor === null) {
    const inferred = inferAnchor(parts);
    if (inferred) {
      anchor = inferred.day;
      doc.published = { value: formatDay(anchor), source: 'inferred' };
      const a = inferred.reader.a;
      trace.record(`${lang}.${inferred.rule}`, a[inferred.match.s]!.start, a[inferred.match.e - 1]!.end, () => `published ${formatDay(inferred.day)}`);
    }
  }
  let dmy = 0;
  let mdy = 0;
  for (const p of parts) {
    for (const m of p.matches) {
      if (m.sem.t === 'date' && m.sem.written === 'dmy') dmy++;
      else if (m.sem.t === 'date' && m.sem.written === 'mdy') mdy++;
    }
  }
  const dayFirst = lang === 'es' || dmy > mdy;
  const times: TimeExpr[] = [];
  // the day the story last named, for "al día siguiente"; another story's teaser names none of ours
  let previous: number | null = null;
  // the year the story last wrote out, for a weekday date without one
  let cueYear: number | null = null;
  for (const p of parts) {
    const ours = p.kind !== 'teaser' && p.kind !== 'fragment';
    let tenses: TenseReader | null = null;
    const a = p.reader.a;
    for (const m of p.matches) {
      let tense: Tense | undefined;
      let forward = false;
      const ctx: ResolveContext = {
        anchor,
        dayFirst,
        tense: () => (tense === undefined ? (tense = (tenses ??= new TenseReader(p.reader)).around(m.s, m.e)) : tense),
        closeTense: () => (tenses ??= new TenseReader(p.reader)).around(m.s, m.e, CLOSE),
        target: p.reader.hitEndingAt(m.s, 'target') !== undefined,
        previous,
        forward: () =>
          (forward = p.reader.hitEndingAt(m.s, 'forward') !== undefined && (tenses ??= new TenseReader(p.reader)).around(m.s, m.e, CLOSE) !== 'past'),
        cueYear,
      };
      let r = resolve(m.sem, ctx);
      let e = m.e;
      if (!r && m.sem.t === 'later' && m.sem.countEnd !== null) {
        r = resolve({ t: 'duration', unit: m.sem.unit, n: m.sem.n }, ctx);
        e = m.sem.countEnd;
      }
      if (!r) continue;
      if (ours && (r.kind === 'date' || r.kind === 'time')) previous = parseIsoDate(r.value.slice(0, 10)) ?? previous;
      if (ours) cueYear = writtenYear(m.sem) ?? cueYear;
      const start = a[m.s]!.start;
      const end = a[e - 1]!.end;
      if (m === conflicting) r.flags.push(DATELINE_CONFLICT);
      if (forward) r.via.push('forward');
      const rule = `${lang}.${m.rule}${r.via.map((v) => `+${v}`).join('')}`;
      times.push({ id: '', start, end, text: doc.text.slice(start, end), value: r.value, kind: r.kind, flags: r.flags, suggestion: r.suggestion, rule });
      for (const problem of r.problems) doc.flags.push({ kind: problem.kind, start, end, message: problem.message });
      trace.record(rule, start, end, () => `${r.value} [${r.kind}]${r.flags.length ? ` ${r.flags.join(',')}` : ''}${tense ? ` (${tense} tense)` : ''}`);
    }
  }
  times.sort((x, y) => x.start - y.start);
  times.forEach((t, i) => (t.id = `t${i}`));
  doc.times = times;
}
