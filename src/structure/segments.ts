import type { Lang, Segment, SegmentKind } from '../core/analysis.js';
import type { Tracer } from '../core/tracer.js';
import { isPlayerClock, isPostSignature, isTitledClock, isReadingTime, isRelativeStamp, isSocialPost, splitBylineStamp } from './segment-clutter.js';
import { containedCues, matchCue } from './segment-cues.js';
import { isDateStamp, matchDateline } from './segment-dateline.js';
import { isSpace, splitUnits } from './segment-units.js';
import { addStems, findStems, wordLexicon, type WordLexicon } from './segment-words.js';

/** A first line longer than this is a paragraph of text, not a title. */
const TITLE_MAX_WORDS = 40;
/** "Internacional", "World news": a site's section name over the headline. */
const SECTION_LABEL_WORDS = 2;
/** How many lines under the title an author's bare name may sit. */
const NAME_LINE_WITHIN = 3;
/** A headline (a heading, or a teaser for another story) is short. */
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MAX_CHARS = 200;
/** A dateline opens the story: only the first paragraphs are looked at (and short lines anywhere). */
const DATELINE_WITHIN = 8;
/** "Publicado el 3 de marzo de 2026 a las 10:45 h" is about as long as a publication stamp gets. */
const STAMP_MAX_WORDS = 12;
/** Copyright and cookie notices are short; a long paragraph that mentions cookies is text. */
const NOTICE_MAX_WORDS = 60;
const COPYRIGHT_MAX_WORDS = 30;
/**
 * A heading previews what follows: this share of its content words (words the title shares count half,
 * being the article's topic rather than this section's) must reappear in the next paragraphs…
 */
const NEXT_SHARE = 0.25;
const NEXT_PARAGRAPHS = 2;
/** …or this share of them anywhere in the title and text. Below both it is another story's headline. */
const ARTICLE_SHARE = 0.5;
/** Under a teaser label only a headline that clearly previews the next paragraphs is this story's heading. */
const LISTED_NEXT_SHARE = 0.5;
/**
 * Headlines of this many words or more stacked one on another are a block of links to other stories:
 * shorter lines over a heading are section labels ("Las claves", "Contexto").
 */
const RUN_MIN_WORDS = 4;

interface Unit {
  start: number;
  end: number;
  /** Where its words begin, past bullets, brackets and opening quotes. */
  at: number;
  words: number;
  kind: SegmentKind | null;
  rule: string;
  /** A headline-like unit waiting for the heading-or-teaser decision. */
  headline: boolean;
  /** A teaser cue standing alone ("Noticias relacionadas"): the headlines under it are teasers too. */
  opensList: boolean;
  /** A headline under such a label. */
  listed: boolean;
  /** Lazily formatted trace detail. */
  why: (() => string) | null;
}

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const WORD_START = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const BULLET = /^[-–—•*·▪►▶]\s/u;
/** Characters that cannot begin a paragraph: the paragraph lost its beginning. */
const BROKEN_START = ',;:)]}»”.…';
const CLOSERS = '"\'»”’)]';
const OPENERS = '([';
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Classifies every paragraph of `text` (a line, or the lines of a hard-wrapped paragraph) as title,
 * heading, body, teaser, fragment, dateline, byline, caption or boilerplate. Offsets are into `text`,
 * trimmed of surrounding white space; a dateline opening a paragraph becomes its own segment before the
 * body it introduces. The first line is the title; when the input came with a title (`givenTitle`) that
 * the text does not start with, a first line is the title only if it has a headline's shape.
 */
export function segmentText(text: string, lang: Lang, trace: Tracer, givenTitle: string | null = null): Segment[] {
  const spans = splitUnits(text);
  if (spans.length === 0) return [];
  const notices = containedCues(text);
  let ni = 0;
  const units: Unit[] = [];
  for (const span of spans) {
    const u = unit(text, span.start, span.end);
    while (ni < notices.length && notices[ni]! < u.start) ni++;
    const split = splitBylineStamp(text, u.start, u.at, u.end, u.words);
    if (split) {
      const byline = unit(text, u.start, split.bylineEnd);
      set(byline, 'byline', 'byline.with-stamp');
      const stamp = unit(text, split.stampStart, u.end);
      set(stamp, 'dateline', 'dateline.after-byline');
      units.push(byline, stamp);
      continue;
    }
    if (isSocialPost(text, u.start, u.end, u.words)) {
      set(u, 'boilerplate', 'boilerplate.social-post');
      // A signature on its own line closes the post whose text is the paragraph before it.
      const before = units[units.length - 1];
      if (before && before.kind === null && before.words <= NOTICE_MAX_WORDS && isPostSignature(text, u.at > u.start ? u.start : u.at, u.end)) {
        set(before, 'boilerplate', 'boilerplate.social-post');
      }
    } else if (u.words <= STAMP_MAX_WORDS && isPlayerClock(text, u.at, u.end)) {
      set(u, 'boilerplate', 'boilerplate.player-clock');
    } else if (u.words <= STAMP_MAX_WORDS && isRelativeStamp(text, u.at, u.end)) {
      set(u, 'dateline', 'dateline.relative-stamp');
    } else if (isReadingTime(text, u.at, u.end, u.words)) {
      set(u, 'byline', 'byline.reading-time');
    } else if (ni < notices.length && notices[ni]! < u.end && u.words <= NOTICE_MAX_WORDS) {
      set(u, 'boilerplate', 'boilerplate.notice');
    } else if (u.words <= COPYRIGHT_MAX_WORDS && hasCopyright(text, u)) {
      set(u, 'boilerplate', 'boilerplate.copyright');
    } else {
      const cue = matchCue(text, u.start, u.at, u.end, u.words);
      if (cue && (cue.kind !== 'dateline' || isStampLine(text, u)) && (cue.kind !== 'heading' || cue.alone || isHeadlineLike(text, u))) {
        set(u, cue.kind, `${cue.kind}.${cue.rule}`);
        u.opensList = cue.kind === 'teaser' && cue.alone;
      }
    }
    if (u.kind === null && (units.length < DATELINE_WITHIN || u.words <= STAMP_MAX_WORDS)) {
      const dl = matchDateline(text, u.start, u.end);
      if (dl && dl.rest < u.end) {
        const dateline = unit(text, u.start, trimEnd(text, u.start, dl.end));
        set(dateline, 'dateline', dl.rule);
        units.push(dateline);
        const body = unit(text, dl.rest, u.end);
        set(body, 'body', 'body.after-dateline');
        units.push(body);
        continue;
      }
      if (dl) set(u, 'dateline', dl.rule);
      else if (u.words <= STAMP_MAX_WORDS && isDateStamp(text, u.at, u.end)) set(u, 'dateline', 'dateline.stamp');
    }
    // Checked after the stamps, so "3 mar 2026 | 10:45" stays a dateline.
    if (u.kind === null && isTitledClock(text, u.at, u.end, u.words)) set(u, 'caption', 'caption.titled-clock');
    units.push(u);
  }

  let titleIndex = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'body') break;
    if (u.kind !== null) continue;
    const fragment = fragmentRule(text, u, null);
    if (fragment) set(u, 'fragment', fragment);
    else if (u.words <= SECTION_LABEL_WORDS && isSectionLabel(text, units, i)) set(u, 'boilerplate', 'boilerplate.section-label');
    else if (u.words <= TITLE_MAX_WORDS && (givenTitle === null || sameText(text, u, givenTitle) || isHeadlineLike(text, u))) {
      set(u, 'title', 'title.first-line');
      titleIndex = i;
      break;
    } else break;
  }
  // An author's name alone on a line, between the title and the text.
  for (let i = titleIndex + 1; titleIndex >= 0 && i < units.length && i <= titleIndex + NAME_LINE_WITHIN; i++) {
    const u = units[i]!;
    if (u.kind === 'body') break;
    if (u.kind === null && isNameLine(text, u)) set(u, 'byline', 'byline.name-line');
  }

  const lex = wordLexicon(lang);
  let candidates = 0;
  for (const u of units) {
    if (u.kind !== null) continue;
    if (u.at < u.end && BULLET.test(text.slice(u.start, u.start + 2))) {
      set(u, 'body', 'body.list-item');
      continue;
    }
    const fragment = fragmentRule(text, u, lex);
    if (fragment) set(u, 'fragment', fragment);
    else if (isHeadlineLike(text, u)) {
      u.headline = true;
      candidates++;
    } else set(u, 'body', 'body.text');
  }

  if (candidates) {
    markListed(units);
    decideHeadlines(text, units, titleIndex, lex);
  }

  const segments: Segment[] = [];
  for (const u of units) {
    const kind = u.kind ?? 'body';
    segments.push({ kind, start: u.start, end: u.end });
    if (trace.enabled) trace.record(`segment.${u.rule || 'body.text'}`, u.start, u.end, u.why ?? (() => kind));
  }
  return segments;
}

/** Whether the unit reads the same as `title`, ignoring case and spacing. */
function sameText(text: string, u: Unit, title: string): boolean {
  return text.slice(u.start, u.end).replace(SPACES, ' ').toLowerCase() === title.trim().replace(SPACES, ' ').toLowerCase();
}
const SPACES = /\s+/g;

/**
 * "María Pérez", "Jean-Paul Dubois": two to four capitalised words (name particles allowed) and nothing
 * else, the shape of an author's name under a headline.
 */
const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:(?:de|del|la|las|los|y|da|do|dos|van|von|der|di|le|bin|al)[ \t]+)?\p{Lu}[\p{Ll}'’-]+){1,3}$/u;
function isNameLine(text: string, u: Unit): boolean {
  return u.words >= 2 && u.words <= 6 && NAME_LINE.test(text.slice(u.start, u.end));
}

/** A one- or two-word line with nothing but a headline after it: the section, not the story's title. */
function isSectionLabel(text: string, units: Unit[], i: number): boolean {
  const u = units[i]!;
  if (!LETTER.test(text[u.end - 1]!)) return false;
  for (let j = i + 1; j < units.length; j++) {
    const next = units[j]!;
    if (next.kind !== null) continue;
    return next.words > SECTION_LABEL_WORDS && isHeadlineLike(text, next);
  }
  return false;
}

function unit(text: string, start: number, end: number): Unit {
  let at = start;
  while (at < end && !WORD_START.test(text[at]!)) at++;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { start, end, at, words, kind: null, rule: '', headline: false, opensList: false, listed: false, why: null };
}

function set(u: Unit, kind: SegmentKind, rule: string, why: (() => string) | null = null): void {
  u.kind = kind;
  u.rule = rule;
  u.headline = false;
  u.why = why;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** "Actualizado: 12/11/2026 10:45", "Updated March 3, 2026": a short line with a number in it. */
function isStampLine(text: string, u: Unit): boolean {
  if (u.words > STAMP_MAX_WORDS) return false;
  for (let i = u.start; i < u.end; i++) if (isDigit(text[i])) return true;
  return false;
}

function hasCopyright(text: string, u: Unit): boolean {
  const i = text.indexOf('©', u.start);
  return i >= 0 && i < u.end;
}

/**
 * A broken piece left by scraping: no words at all, a bare link, a paragraph that starts in lower case or
 * with punctuation that closes something (its beginning was cut off, often a link), or one that stops on
 * a word that cannot end a sentence ("…la reunión de"). With `lex` null only the start is checked.
 */
function fragmentRule(text: string, u: Unit, lex: WordLexicon | null): string | null {
  if (u.at >= u.end) return 'fragment.no-words';
  const first = text[u.start]!;
  if (BROKEN_START.includes(first) && !text.startsWith('...', u.start) && first !== '.' && !isStrayQuote(text, u)) return 'fragment.broken-start';
  if (first === '…' || text.startsWith('...', u.start)) return 'fragment.broken-start';
  if (u.words === 1 && LINK.test(text.slice(u.start, u.end))) return 'fragment.link';
  const firstLetter = text[u.at]!;
  // An opening bracket is a beginning: "(actualiza con declaraciones) El ministro…" is an editor's note, then text.
  if (isLower(firstLetter) && !isNameLike(text, u.at, u.end) && !OPENERS.includes(first)) return 'fragment.lowercase-start';
  if (!lex) return null;
  const lastChar = text[u.end - 1]!;
  if (lastChar === ',') return 'fragment.dangling-end';
  if (u.words >= 2 && WORD_START.test(lastChar)) {
    let s = u.end - 1;
    while (s > u.start && WORD_START.test(text[s - 1]!)) s--;
    if (lex.dangling.has(text.slice(s, u.end).toLowerCase())) return 'fragment.dangling-end';
  }
  return null;
}

/**
 * A closing quote mark that opens a paragraph and is followed by a capital ("”No cederemos”, dijo",
 * "» La reforma…", the mark Spanish uses to continue a quotation): a stray or continuing quote, not the
 * tail of a sentence whose beginning was lost.
 */
function isStrayQuote(text: string, u: Unit): boolean {
  if (!STRAY_QUOTES.includes(text[u.start]!)) return false;
  let i = u.start + 1;
  while (i < u.end && (text[i] === ' ' || text[i] === '\t' || STRAY_QUOTES.includes(text[i]!))) i++;
  const ch = text[i];
  return isUpper(ch) || isDigit(ch) || ch === '¿' || ch === '¡';
}
const STRAY_QUOTES = '”»’';

/** "iPhone", "eBay", "al-Asad": lower-case first letters that still start a proper paragraph. */
function isNameLike(text: string, at: number, end: number): boolean {
  for (let i = at + 1; i < end && i < at + 12; i++) {
    const ch = text[i]!;
    if (isSpace(ch.charCodeAt(0))) return false;
    if (isUpper(ch)) return true;
  }
  return false;
}

/**
 * Short, starting with a capital (or a digit, or ¿ ¡ « "), not ending with a full stop or a colon, and one
 * sentence at most: the shape of a headline, whether of this story's sections or of another story.
 */
function isHeadlineLike(text: string, u: Unit): boolean {
  if (u.words > HEADLINE_MAX_WORDS || u.end - u.start > HEADLINE_MAX_CHARS) return false;
  const first = text[u.at];
  if (!isUpper(first) && !isDigit(first)) return false;
  let e = u.end - 1;
  while (e > u.start && CLOSERS.includes(text[e]!)) e--;
  if ('.;,:…'.includes(text[e]!)) return false;
  for (let i = u.at + 1; i < e; i++) {
    const c = text[i]!;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < e && (isSpace(text.charCodeAt(j)) || '¿¡"«“'.includes(text[j]!))) j++;
      const initial = c === '.' && isUpper(text[i - 1]) && (i - 2 < u.start || !WORD_START.test(text[i - 2]!));
      if (isUpper(text[j]) && !initial) return false;
    }
  }
  return true;
}

/** Marks the headlines right under a lone teaser label ("Te puede interesar", "Related stories"). */
function markListed(units: Unit[]): void {
  let open = false;
  for (const u of units) {
    if (u.opensList) open = true;
    else if (open && u.headline) u.listed = true;
    else if (u.kind !== 'teaser' && u.kind !== 'caption' && u.kind !== 'boilerplate') open = false;
  }
}

/**
 * Heading or teaser: a heading shares its content words with the paragraphs it introduces (or with the
 * article at large); a teaser is a headline of another story, unrelated to them, or followed by no text.
 */
function decideHeadlines(text: string, units: Unit[], titleIndex: number, lex: WordLexicon): void {
  const own = new Map<number, Set<string>>();
  const wanted = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.headline) continue;
    const set = new Set<string>();
    addStems(text, units[i]!.start, units[i]!.end, lex, set);
    own.set(i, set);
    for (const s of set) wanted.add(s);
  }
  const title = new Set<string>();
  if (titleIndex >= 0) addStems(text, units[titleIndex]!.start, units[titleIndex]!.end, lex, title);
  const bodies: number[] = [];
  for (let i = 0; i < units.length; i++) if (units[i]!.kind === 'body') bodies.push(i);
  // Where each headline word occurs, by index into `bodies`.
  const where = findStems(text, bodies.map((i) => units[i]!), wanted, lex);

  for (const [i, stems] of own) {
    const u = units[i]!;
    const next: number[] = [];
    for (let b = 0; b < bodies.length && next.length < NEXT_PARAGRAPHS; b++) if (bodies[b]! > i) next.push(b);
    if (next.length === 0) {
      set(u, 'teaser', u.listed ? 'teaser.listed' : 'teaser.no-text-follows');
      continue;
    }
    // A heading introduces paragraphs; one with another headline right under it introduces nothing.
    const under = units[i + 1];
    if (!u.listed && under && own.has(i + 1) && u.words >= RUN_MIN_WORDS && under.words >= RUN_MIN_WORDS) {
      set(u, 'teaser', 'teaser.headline-run', () => 'another headline right under it');
      continue;
    }
    const n = stems.size;
    if (n === 0) {
      if (u.listed) set(u, 'teaser', 'teaser.listed');
      else if (u.words <= 2) set(u, 'fragment', 'fragment.short');
      else set(u, 'heading', 'heading.no-content-words');
      continue;
    }
    let near = 0;
    let shared = 0;
    for (const s of stems) {
      const at = where.get(s);
      if (at && next.some((b) => at.includes(b))) near += title.has(s) ? 0.5 : 1;
      if (at || title.has(s)) shared++;
    }
    const why = (): string => `${near} of ${n} content words in the next paragraphs, ${shared} in the article`;
    if (u.listed) {
      if (near >= Math.max(2, LISTED_NEXT_SHARE * n)) set(u, 'heading', 'heading.previews-text', why);
      else set(u, 'teaser', 'teaser.listed', why);
    } else if (near >= Math.max(1, NEXT_SHARE * n)) set(u, 'heading', 'heading.previews-text', why);
    else if (shared >= Math.max(2, ARTICLE_SHARE * n)) set(u, 'heading', 'heading.shares-article', why);
    // An interviewer's question (or "¿Qué se sabe?") over its answer: the answer need not repeat its words.
    else if (isQuestion(text, u) && bodies[next[0]!]! === i + 1) set(u, 'heading', 'heading.question', why);
    else if (u.words === 1) set(u, 'fragment', 'fragment.stray-word', why);
    else set(u, 'teaser', 'teaser.unrelated', why);
  }
}

/** A headline that asks: it ends with "?" (maybe inside closing quotes). */
function isQuestion(text: string, u: Unit): boolean {
  let e = u.end - 1;
  while (e > u.start && CLOSERS.includes(text[e]!)) e--;
  return text[e] === '?';
}
