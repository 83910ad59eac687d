/**
 * Page clutter that standing phrases alone do not catch, recognised by its shape: embedded social-media
 * posts, a video player's clock, "3 hours ago" stamps, reading-time notes, and a byline run into its
 * timestamp. Each test is cheap and anchored, so a paragraph of text fails it at its first characters.
 */
import { isBylineName, matchCue } from './segment-cues.js';
import { isDateStamp } from './segment-dateline.js';

/** "— Ana Gil (@anagil) March 3, 2026": the signature an embedded post ends with. */
const POST_SIGNATURE = /(?:^|\s)[—–-][ \t]*[^\n()]{1,60}\(@[\w.]{1,30}\)[ \t]*[^\n()]{0,40}$/u;
/** Links that only an embedded post leaves in the text. */
const POST_LINK = /(?:^|[\s(])(?:pic\.twitter\.com\/\w+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w+\/status\/\d+|(?:https?:\/\/)?(?:www\.)?instagram\.com\/(?:p|reel)\/[\w-]+)/u;
/** A post this long is an article's paragraph that happens to cite one. */
const POST_MAX_WORDS = 60;

/** Whether the unit is, or ends with, an embedded post (its signature or its link). */
export function isSocialPost(text: string, start: number, end: number, words: number): boolean {
  if (words > POST_MAX_WORDS) return false;
  const s = text.slice(start, end);
  return POST_SIGNATURE.test(s) || POST_LINK.test(s);
}

/** Whether the unit is nothing but a post's signature, so that the paragraph before it is the post's text. */
export function isPostSignature(text: string, start: number, end: number): boolean {
  const first = text[start];
  return (first === '—' || first === '–' || first === '-') && POST_SIGNATURE.test(text.slice(start, end));
}

/** "Duration 2:31", "Duración: 02:14", "0:00 / 2:14": the clock of a video or audio player. */
const PLAYER_CLOCK = /^(?:(?:duration|duración|duracion)[ \t]*:?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*\/[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?$/iu;

export function isPlayerClock(text: string, at: number, end: number): boolean {
  return end - at <= 40 && PLAYER_CLOCK.test(text.slice(at, end));
}

/** "Así fue la votación (2:15)", "The vote, in 90 seconds | 01:30": a player's title with its running time. */
const TITLED_CLOCK = /(?:\([ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*\)|[|·•–—][ \t]*\d{1,2}:\d{2}(?::\d{2})?)[ \t]*$/u;
const TITLED_CLOCK_MAX_WORDS = 25;

export function isTitledClock(text: string, at: number, end: number, words: number): boolean {
  return words <= TITLED_CLOCK_MAX_WORDS && TITLED_CLOCK.test(text.slice(at, end));
}

/** "Hace 2 horas", "Publicado hace 5 minutos", "3 hours ago", "Updated 20 mins ago": a page's relative stamp. */
const RELATIVE_STAMP = new RegExp(
  String.raw`^(?:(?:publicado|publicada|actualizado|actualizada)[ \t]+)?hace[ \t]+(?:\d{1,3}|un|una)[ \t]+(?:segundos?|minutos?|min|horas?|h|días?|dias?)\.?$` +
    String.raw`|^(?:(?:published|posted|updated)[ \t]+)?(?:\d{1,3}|an?|one)[ \t]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?)[ \t]+ago\.?$`,
  'iu',
);

export function isRelativeStamp(text: string, at: number, end: number): boolean {
  return end - at <= 40 && RELATIVE_STAMP.test(text.slice(at, end));
}

/** "… · 3 min read", "Lectura: 4 min", "5 minutos de lectura": a reading-time note, on an author's line or alone. */
const READING_TIME = /(?:^|[\s·|,–—-])(?:\d{1,2}[ \t]*(?:-[ \t]*)?(?:min(?:ute)?s?\.?[ \t]+read|min(?:uto)?s?\.?[ \t]+de[ \t]+lectura)|(?:tiempo[ \t]+de[ \t]+)?lectura[ \t]*:?[ \t]*\d{1,2}[ \t]*min(?:utos?)?\.?|reading[ \t]+time[ \t]*:?[ \t]*\d{1,2}[ \t]*min(?:ute)?s?\.?)[ \t]*$/iu;
const READING_MAX_WORDS = 14;

export function isReadingTime(text: string, at: number, end: number, words: number): boolean {
  return words <= READING_MAX_WORDS && READING_TIME.test(text.slice(at, end));
}

/** Separators between an author's name and the stamp after it. */
const NAME_STAMP_SEPARATORS = '|·•–—-,';
/** Separators between the fields of an author's line ("Ana Gil · Madrid · 3 mar 2026"); a comma is not one. */
const FIELD_SEPARATORS = '|·•–—-';
const BYLINE_STAMP_MAX_WORDS = 24;

/**
 * "By Ana Gil | March 3, 2026, 10:45 a.m.", "Por Ana Gil - 3 de marzo de 2026 10:45 h", "By Ana Gil, Reuters ·
 * Updated 3 hours ago": a byline cue and its name, a separator, then a date stamp (maybe behind "Updated",
 * "Publicado"…, or a relative one). Without a cue, a name alone heads a line of three fields or more
 * ("ANA GIL | Madrid | 3/3/2026 - 10:45"): a place and a stamp alone ("Santiago | 3 mar 2026") stay a dateline.
 * Returns where the stamp starts and where the byline ends, or null; the line is then two segments, so the
 * name is a byline and the date still dates the article.
 */
export function splitBylineStamp(text: string, start: number, at: number, end: number, words: number): { bylineEnd: number; stampStart: number } | null {
  if (words > BYLINE_STAMP_MAX_WORDS) return null;
  for (let i = at + 1; i < end - 1; i++) {
    if (!NAME_STAMP_SEPARATORS.includes(text[i]!)) continue;
    // A hyphen inside a word ("Jean-Paul") separates nothing.
    if (text[i] === '-' && text[i - 1] !== ' ' && text[i + 1] !== ' ') continue;
    let s = i + 1;
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s >= end || !isStamp(text, s, end)) continue;
    let e = i;
    while (e > at && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    // The byline patterns read to the end of a line, so the name is tested on its own.
    const name = text.slice(start, e);
    const cue = matchCue(name, 0, at - start, name.length, name.slice(at - start).split(/\s+/).length);
    if (cue?.kind === 'byline') return { bylineEnd: e, stampStart: s };
    if (cue === null && text[i] !== ',' && isBylineName(name, at - start, name.length) && fieldsBeforeDigit(text, i, end) >= 2) return { bylineEnd: e, stampStart: s };
    return null;
  }
  return null;
}

/** "3 de marzo de 2026", "Updated March 3, 2026 10:45 a.m. ET", "Actualizado: 3/3/2026", "3 hours ago". */
function isStamp(text: string, s: number, end: number): boolean {
  if (isDateStamp(text, s, end) || isRelativeStamp(text, s, end)) return true;
  const cue = matchCue(text, s, s, end, 1);
  if (cue?.kind !== 'dateline') return false;
  let d = cue.end;
  while (d < end && (text[d] === ' ' || text[d] === '\t' || text[d] === ':')) d++;
  return d < end && isDateStamp(text, d, end);
}

/** Field separators from `from` to the first digit (where the date starts). */
function fieldsBeforeDigit(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') break;
    if (FIELD_SEPARATORS.includes(c) && (c !== '-' || (text[i - 1] === ' ' && text[i + 1] === ' '))) n++;
  }
  return n;
}
