import { cues, isAgency } from './segment-cues.js';

export interface DatelineMatch {
  /** Offset just past the dateline, its separator included ("MADRID, 3 mar (EFE).-"). */
  end: number;
  /** Where the body it introduces starts; equal to the unit's end when the dateline stands alone. */
  rest: number;
  rule: string;
}

/** A capitalised word ("Madrid", "NUEVA", "Port-au-Prince"), initials ("D.C.", "EE.UU.") or a state's abbreviation ("Ill.", "Calif."). */
const CAPW = String.raw`(?:(?:\p{Lu}{1,2}\.){2,}|\p{Lu}\p{Ll}{1,4}\.(?=[ \t]*[(,]|[ \t]+[\-–—])|\p{Lu}(?:[\p{L}\p{M}'’]|[.\-](?=\p{L}))*)`;
const CONNECTOR = String.raw`(?:de|del|la|las|los|el|y|do|da|dos|das|of|the|upon|on|am|al|sur|en)`;
const PLACE = String.raw`${CAPW}(?:[ \t]+(?:${CONNECTOR}[ \t]+)*${CAPW}){0,4}`;
const SPACE = /\s/;
const DIGIT = /\d/;
const SENTENCE_START = /[\p{Lu}\p{N}¿¡"«“'‘(]/u;
const DAY = String.raw`\d{1,2}(?:º|°)?`;

interface Patterns {
  dateline: RegExp;
  /** "(CNN) —", "(EFE).-": an agency alone, then a dash. */
  agencyOnly: RegExp;
  stamp: RegExp;
}
let patterns: Patterns | null = null;

function compile(): Patterns {
  if (patterns) return patterns;
  const { months, weekdays } = cues().table;
  const MONTH = `(?:${months.join('|')})(?![\\p{L}])\\.?`;
  const WEEKDAY = `(?:${weekdays.join('|')})(?![\\p{L}])\\.?`;
  const DATE = String.raw`(?:${DAY}(?:[ \t]+de)?[ \t]+${MONTH}(?:(?:[ \t]+de)?[ \t]+\d{4})?|${MONTH}[ \t]+${DAY}(?:,?[ \t]+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|${DAY}(?=[ \t]*\())`;
  const FULL_DATE = String.raw`(?:${DAY}(?:[ \t]+de)?[ \t]+${MONTH}(?:(?:[ \t]+de|,)?[ \t]+\d{4})?|${MONTH}[ \t]+${DAY}(?:,?[ \t]+\d{4})?|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
  const TIME = String.raw`\d{1,2}[:.h]\d{2}(?:[ \t]*(?:h|hrs?|horas|am|pm|a\.[ \t]?m\.|p\.[ \t]?m\.))?(?:[ \t]*\(?(?:GMT|CET|CEST|UTC|ET|EST|EDT|BST|CST|PST|ART|COT)(?:[+-]\d{1,2})?\)?)?`;
  patterns = {
    // 1 place, 2 date, 3 region, 4 date after the region, 5 agency, 6 ".-", 7 dash, 8 colon
    dateline: new RegExp(
      String.raw`(${PLACE})(?:,[ \t]*(?:(${DATE})|(${PLACE})(?:,?[ \t]+(${DATE}))?))?(?:[ \t]*\(([\p{L}][\p{L}\p{N} .&/\-]{0,38})\))?(?:[ \t]*(?:(\.[ \t]*[-–—]+)|([-–—]+)|(:)))?`,
      'uy',
    ),
    agencyOnly: /\(([\p{L}][\p{L}\p{N} .&/\-]{0,38})\)[ \t]*(?:\.[ \t]*[-–—]+|[-–—]+)/uy,
    stamp: new RegExp(
      String.raw`(?:${PLACE}[ \t]*[|,·\-–—][ \t]*)?(?:${WEEKDAY},?[ \t]+)?${FULL_DATE}(?:[ \t]*[,|\-–—]?[ \t]*(?:a las|at)?[ \t]*${TIME})?[ \t.]*$`,
      'uym',
    ),
  };
  return patterns;
}

const hasLower = (s: string): boolean => s !== s.toUpperCase();

/**
 * A dateline opening the unit text[start, end): "MADRID, 3 mar (EFE).-", "BRUSSELS, March 3 (Reuters) -",
 * "Ciudad de México.-", "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —", "MADRID, 3 (EUROPA PRESS) -", "(CNN) —" (a
 * known agency alone), or one
 * standing alone ("Santiago, 3 de marzo de 2026"). A capitalised phrase with a dash is not enough in
 * title case ("Pedro Sánchez — presidente…"): that needs a date, an agency or the agencies' ".-".
 */
export function matchDateline(text: string, start: number, end: number): DatelineMatch | null {
  if (text[start] === '(') return matchAgencyOnly(text, start, end);
  const re = compile().dateline;
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m) return null;
  const matchEnd = start + m[0].length;
  if (matchEnd > end) return null;
  const [, place = '', date, region, regionDate, agency, strong, dash, colon] = m;
  // An upper-case label with a colon ("OTAN: …") is a headline's topic, not a dateline: colons only count
  // after a date or an agency.
  const hasDate = date !== undefined || regionDate !== undefined;
  const caps = !hasLower(place);
  const sep = strong ?? dash ?? colon;
  let rest = matchEnd;
  while (rest < end && SPACE.test(text[rest]!)) rest++;
  const alone = rest >= end;
  if (!alone && !startsSentence(text[rest]!)) return null;
  if (!alone && sep === undefined && agency === undefined) return null;
  let rule: string | null = null;
  if (agency !== undefined && (caps || hasDate || strong !== undefined || isAgency(agency))) rule = 'dateline.agency';
  else if (hasDate && (sep !== undefined || alone)) rule = 'dateline.place-date';
  else if (strong !== undefined) rule = 'dateline.place';
  else if (caps && dash !== undefined && place.length > 2) rule = 'dateline.place-caps';
  if (!rule) return null;
  // Region and place must still look like places, not the start of a sentence.
  if (region !== undefined && DIGIT.test(region)) return null;
  return { end: matchEnd, rest, rule };
}

function matchAgencyOnly(text: string, start: number, end: number): DatelineMatch | null {
  const re = compile().agencyOnly;
  re.lastIndex = start;
  const m = re.exec(text);
  if (!m || !isAgency(m[1]!)) return null;
  const matchEnd = start + m[0].length;
  let rest = matchEnd;
  while (rest < end && SPACE.test(text[rest]!)) rest++;
  if (rest >= end || !startsSentence(text[rest]!)) return null;
  return { end: matchEnd, rest, rule: 'dateline.agency' };
}

function startsSentence(ch: string): boolean {
  return SENTENCE_START.test(ch);
}

/**
 * A line that is only a date, maybe with a place, a weekday and a time: "3 de marzo de 2026, 10:45 h",
 * "March 3, 2026", "Madrid | 3 mar 2026 - 10:45".
 */
export function isDateStamp(text: string, start: number, end: number): boolean {
  const re = compile().stamp;
  re.lastIndex = start;
  const m = re.exec(text);
  return m !== null && start + m[0].length === end;
}
