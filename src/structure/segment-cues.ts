import { loadJsonResource } from '../core/resources.js';
import { CUE_KINDS, type CueKind, type CueMode, type StructureCueTable } from './segment-cue-table.js';

/** What a standing phrase says a line is, and which rule found it. */
export interface CueMatch {
  kind: CueKind;
  rule: string;
  /** Offset just past the cue phrase. */
  end: number;
  /** The cue is the whole line (a "Related" label over a list, a lone "Publicidad"). */
  alone: boolean;
}

/** What may follow a lead cue: a separator ("Lee también: …", "ALSO READ | …", "Leer más »") or nothing. */
const SEP = String.raw`[ \t]*(?:[:|»›>\-–—•/…]|\.{2,}|$)`;
const TRAILING = String.raw`[ \t.,;:!?|»"”'’)\-–—•…]*$`;
const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;

interface Compiled {
  lead: RegExp | null;
  loose: RegExp | null;
  start: RegExp | null;
  alone: RegExp | null;
  name: RegExp | null;
  credit: RegExp | null;
  end: RegExp | null;
  contains: RegExp | null;
  containsKeywords: string[];
  kinds: Record<Exclude<CueMode, 'contains'>, CueKind[]> & { contains: CueKind[] };
  agency: RegExp | null;
  table: StructureCueTable;
}

let compiled: Compiled | null = null;

/** One alternation per mode with a capture group per kind, so one exec tells the kind. */
function alternation(table: StructureCueTable, mode: CueMode): { source: string; kinds: CueKind[] } | null {
  const kinds: CueKind[] = [];
  const groups: string[] = [];
  for (const kind of CUE_KINDS) {
    const list = table.cues[mode][kind];
    if (!list?.length) continue;
    kinds.push(kind);
    groups.push(`(${list.join('|')})`);
  }
  return groups.length ? { source: groups.join('|'), kinds } : null;
}

/** The compiled cue table, built once per process from build/structure-cues.json. */
export function cues(): Compiled {
  if (compiled) return compiled;
  const table = loadJsonResource<StructureCueTable>('build/structure-cues.json');
  const make = (mode: CueMode, wrap: (alts: string) => string, flags: string): [RegExp | null, CueKind[]] => {
    const alt = alternation(table, mode);
    return alt ? [new RegExp(wrap(alt.source), flags), alt.kinds] : [null, []];
  };
  const [lead, leadKinds] = make('lead', (a) => `(?:${a})(?=${SEP})`, 'iuym');
  const [loose] = make('lead', (a) => `(?:${a})(?=[ \\t]+\\S)`, 'iuy');
  const [start, startKinds] = make('start', (a) => `(?:${a})${NOT_WORD}`, 'iuy');
  const [alone, aloneKinds] = make('alone', (a) => `(?:${a})${TRAILING}`, 'iuym');
  const [name, nameKinds] = make('name', (a) => `(?:${a})[ \\t]+`, 'iuy');
  // "… (Foto: EFE)", "… Photo: Jane Roe", "… (Photo by Jane Roe)" closing the line.
  const [credit, creditKinds] = make('credit', (a) => String.raw`[^\n]*?(?:(?:^|[\s|/\-–—])(?:${a})[ \t]*:|\((?:${a})(?:[ \t]*:|[ \t]+(?:by|de|por)(?![\p{L}])))[ \t]*[^\n:]{1,80}?[ \t]*\)?[ \t]*\.?[ \t]*$`, 'iuym');
  // "… (Jane Roe/AFP via Getty Images)", "… | Shutterstock".
  const [end, endKinds] = make('end', (a) => String.raw`[^\n]*?[(/|\-–—][^\n()]{0,40}?(?<![\p{L}])(?:${a})[ \t]*\)?[ \t]*\.?[ \t]*$`, 'iuym');
  const [contains, containsKinds] = make('contains', (a) => String.raw`(?<![\p{L}\p{N}])(?:${a})${NOT_WORD}`, 'iug');
  const agencyList = table.cues.alone.byline ?? [];
  const agency = agencyList.length ? new RegExp(`^(?:${agencyList.join('|')})$`, 'iu') : null;
  compiled = {
    containsKeywords: table.containsKeywords,
    lead, loose, start, alone, name, credit, end, contains,
    kinds: { lead: leadKinds, start: startKinds, alone: aloneKinds, name: nameKinds, credit: creditKinds, end: endKinds, contains: containsKinds },
    agency,
    table,
  };
  return compiled;
}

/** The kind whose group matched; a pattern that repeats the alternation repeats its groups in order. */
function groupKind(m: RegExpExecArray, kinds: CueKind[]): CueKind {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return kinds[(g - 1) % kinds.length]!;
  return kinds[0]!;
}

function run(re: RegExp | null, text: string, at: number): RegExpExecArray | null {
  if (!re) return null;
  re.lastIndex = at;
  return re.exec(text);
}

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Word limits per mode: a cue line is short, and a long paragraph that merely starts like one is text.
 * They also keep the cost down, since most paragraphs skip most patterns.
 */
const ALONE_MAX_WORDS = 8;
const LEAD_MAX_WORDS = 40;
const SHORT_WORDS = 30;
const CAPTION_MAX_WORDS = 80;
/** A photo credit sits in the last characters of its line. */
const CREDIT_TAIL = 140;

/** Bit flags for the punctuation that credit patterns need in a line's tail: one scan decides which can run. */
const COLON_OR_PAREN = 1;
const SEPARATOR = 2;
const SLASH = 4;

function tailMarks(text: string, from: number, end: number): number {
  let marks = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) marks |= COLON_OR_PAREN; // :
    else if (c === 40) marks |= COLON_OR_PAREN | SEPARATOR; // (
    else if (c === 47) marks |= SEPARATOR | SLASH; // /
    else if (c === 124 || c === 45 || c === 0x2013 || c === 0x2014) marks |= SEPARATOR; // | - – —
  }
  return marks;
}

/**
 * The kind a standing phrase gives the unit text[start, end) (`at` is where its words begin, past any
 * bullet or opening bracket), or null. `words` is the unit's word count.
 */
export function matchCue(text: string, start: number, at: number, end: number, words: number): CueMatch | null {
  const c = cues();
  let m: RegExpExecArray | null;
  if (words <= ALONE_MAX_WORDS) {
    m = run(c.alone, text, at);
    if (m && m.index + m[0].length >= end) return { kind: groupKind(m, c.kinds.alone), rule: 'cue.alone', end: at + m[0].length, alone: true };
  }
  if (words <= LEAD_MAX_WORDS) {
    m = run(c.lead, text, at);
    if (m) {
      const after = at + m[0].length;
      const rest = restStart(text, after, end);
      return { kind: groupKind(m, c.kinds.lead), rule: 'cue.lead', end: after, alone: rest >= end };
    }
    if (words <= SHARE_MAX_WORDS) {
      const share = shareLine(c, text, at, end);
      if (share) return share;
    }
    if (isUpper(text[at]) && isUpper(text[at + 1])) {
      // An upper-case label run into the headline it introduces: "LEA TAMBIÉN El Banco Central sube…".
      m = run(c.loose, text, at);
      if (m && m[0] === m[0].toUpperCase()) {
        const rest = restStart(text, at + m[0].length, end);
        if (isUpper(text[rest])) {
          return { kind: groupKind(m, c.kinds.lead), rule: 'cue.lead-caps', end: at + m[0].length, alone: false };
        }
      }
    }
  }
  if (words <= SHORT_WORDS) {
    m = run(c.start, text, at);
    if (m) return { kind: groupKind(m, c.kinds.start), rule: 'cue.start', end: at + m[0].length, alone: false };
    m = run(c.name, text, at);
    if (m && isBylineName(text, at + m[0].length, end)) return { kind: groupKind(m, c.kinds.name), rule: 'cue.name', end, alone: false };
  }
  if (words > CAPTION_MAX_WORDS) return null;
  const tail = Math.max(start, end - CREDIT_TAIL);
  const marks = tailMarks(text, tail, end);
  if (marks & COLON_OR_PAREN) {
    m = run(c.credit, text, tail);
    if (m && m.index + m[0].length === end) return { kind: groupKind(m, c.kinds.credit), rule: 'cue.credit', end, alone: false };
  }
  if (marks & SEPARATOR) {
    m = run(c.end, text, tail);
    if (m && m.index + m[0].length === end) return { kind: groupKind(m, c.kinds.end), rule: 'cue.end', end, alone: false };
  }
  if (marks & SLASH && SLASH_CREDIT_END.test(text[end - 1] ?? '')) {
    SLASH_CREDIT.lastIndex = tail;
    const s = SLASH_CREDIT.exec(text);
    if (s && s.index + s[0].length === end) return { kind: 'caption', rule: 'cue.agency-credit', end, alone: false };
    // "Reuters/Jane Doe", "Europa Press/Ana Gil": a known agency in title case, then the photographer, alone.
    const a = AGENCY_CREDIT.exec(text.slice(at, end));
    if (a && isAgency(a[1]!)) return { kind: 'caption', rule: 'cue.agency-credit', end, alone: false };
  }
  return null;
}

/** "Compartir en Facebook", "Share on X", "Síguenos en Instagram": a widget's label run into a network's name. */
const SHARE_MAX_WORDS = 5;
const LAST_WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*[ \t.]*$/u;

function shareLine(c: Compiled, text: string, at: number, end: number): CueMatch | null {
  const m = run(c.loose, text, at);
  if (!m || groupKind(m, c.kinds.lead) !== 'boilerplate') return null;
  const tail = LAST_WORD.exec(text.slice(at + m[0].length, end));
  if (!tail) return null;
  const from = end - tail[0].length;
  const last = run(c.alone, text, from);
  if (!last || from + last[0].length < end || groupKind(last, c.kinds.alone) !== 'boilerplate') return null;
  return { kind: 'boilerplate', rule: 'cue.share', end, alone: false };
}

/** "REUTERS/Jane Doe", "AP Photo/John Roe", "(EFE/Ana Gil)" closing a line, or the whole line ("EFE/Ana Gil"): a photo credit. */
const SLASH_CREDIT = /(?:^|[^\n]*?[\s(|])(?:\p{Lu}[\p{Lu}-]+)(?:[ \t]+(?:Photo|Foto|PHOTO|FOTO|Images))?[ \t]*\/[ \t]*\p{Lu}[\p{L}.'’ -]{1,60}\)?[ \t]*$/uym;
const SLASH_CREDIT_END = /[\p{L})]/u;
const AGENCY_CREDIT = /^(\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2})[ \t]*\/[ \t]*\p{Lu}[\p{L}.'’ -]{1,60}\)?$/u;

/** What may sit between a cue and the text it introduces. */
const LABEL_SEPARATOR = /[\s:|»›>\-–—•/….]/u;
const SPACES = /\s+/;
const SENTENCE_END = /[.!?]$/;

function restStart(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && LABEL_SEPARATOR.test(text[i]!)) i++;
  return i;
}

/** "Ana Gómez", "JOHN SMITH and MARY LEE", "Luis de la Fuente, enviado especial" — names, then a short tag. */
const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:[ \t]+(?:(?:de|del|la|las|los|y|da|do|dos|van|von|der|di|le|bin|al)[ \t]+)*\p{Lu}[\p{L}'’.\-]*){0,4}`;
const BYLINE = new RegExp(String.raw`${NAME}(?:[ \t]*(?:,|&|\by\b|\be\b|\band\b)[ \t]*${NAME})*(?:[ \t]*[,|/–—-][ \t]*([^\n]{0,60}))?[ \t]*$`, 'uym');

/** Whether text[at, end) is an author's name or names, maybe with a short tag (a role, an outlet, a place). */
export function isBylineName(text: string, at: number, end: number): boolean {
  BYLINE.lastIndex = at;
  const m = BYLINE.exec(text);
  if (!m || m.index + m[0].length !== end) return false;
  const tag = m[1];
  if (tag === undefined) return true;
  // A tag is a role, outlet or place ("corresponsal en Bruselas", "Reuters"): short, not a sentence.
  const trimmed = tag.trim();
  return trimmed.split(SPACES).length <= 5 && !SENTENCE_END.test(trimmed);
}

/**
 * Phrases of the `contains` mode (copyright and cookie notices) anywhere in the text, as the offsets where
 * they start. Most texts have none: a plain search for a keyword of each phrase (its longest accent-free
 * word) on the lower-cased text rules them out before any pattern runs.
 */
export function containedCues(text: string): number[] {
  const c = cues();
  const hits: number[] = [];
  if (!c.contains) return hits;
  const lower = text.toLowerCase();
  if (!c.containsKeywords.some((k) => lower.includes(k))) return hits;
  const re = c.contains;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) hits.push(m.index);
  return hits;
}

/** Whether a name is a news agency listed among the bylines (EFE, Reuters, AP, Europa Press…). */
export function isAgency(name: string): boolean {
  return cues().agency?.test(name.trim()) ?? false;
}
