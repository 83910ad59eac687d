import { readFileSync } from 'node:fs';
import type { Lang } from '../core/analysis.js';
import { AtalayaError, InputError } from '../core/errors.js';

/** One feed to follow, as a line of the feeds file gave it. */
export interface FeedSpec {
  url: string;
  /** Language of items that do not say theirs (the feed's <language> and each page's own still win). */
  lang: Lang | null;
  /** ISO 3166 code of the country the outlet covers, recorded with the feed. */
  country: string | null;
  /** "feeds.txt:3": where the feed was named, for messages. */
  where: string;
}

export interface FeedsFile {
  feeds: FeedSpec[];
  /** One per line that could not be read; the other lines are still used. */
  errors: InputError[];
}

const COUNTRY = /^[A-Z]{2,3}$/;

/**
 * A feeds file: one http(s) URL per line, optionally followed by `lang=es|en` and `country=CODE` hints;
 * `#` starts a comment (at the start of a line or after a space, so a URL's fragment is kept); blank
 * lines are skipped. A bad line is one error naming file:line, and the others are still read; a URL
 * named twice is kept once.
 */
export function parseFeedsFile(text: string, file: string): FeedsFile {
  const feeds: FeedSpec[] = [];
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const where = `${file}:${i + 1}`;
    const content = lines[i]!.replace(/(^|\s)#.*$/, '').trim();
    if (!content) continue;
    const [first, ...hints] = content.split(/\s+/);
    try {
      const url = feedUrl(first!, where);
      const spec: FeedSpec = { url, lang: null, country: null, where };
      for (const hint of hints) readHint(hint, spec, where);
      const earlier = seen.get(url);
      if (earlier) throw new InputError(`the feed is already named at ${earlier}`, where);
      seen.set(url, where);
      feeds.push(spec);
    } catch (err) {
      errors.push(err instanceof InputError ? err : new InputError(String(err), where));
    }
  }
  return { feeds, errors };
}

/** The feeds file at `path`; a file that cannot be read at all is an AtalayaError naming it. */
export function readFeedsFile(path: string): FeedsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AtalayaError(`cannot read the feeds file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  }
  return parseFeedsFile(text, path);
}

function feedUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`"${value}" is not a URL`, where);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`"${value}" is not an http(s) URL`, where);
  return url.href;
}

function readHint(hint: string, spec: FeedSpec, where: string): void {
  const eq = hint.indexOf('=');
  const key = eq < 0 ? hint : hint.slice(0, eq);
  const value = eq < 0 ? '' : hint.slice(eq + 1);
  if (key === 'lang') {
    if (value !== 'es' && value !== 'en') throw new InputError(`lang must be es or en, not "${value}"`, where);
    spec.lang = value;
  } else if (key === 'country') {
    const code = value.toUpperCase();
    if (!COUNTRY.test(code)) throw new InputError(`country must be an ISO 3166 code (MX, MEX), not "${value}"`, where);
    spec.country = code;
  } else {
    throw new InputError(`unknown hint "${hint}" (expected lang=es|en or country=CODE)`, where);
  }
}
