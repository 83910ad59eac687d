const LONE_SURROGATE = /\p{Cs}/gu;
const HAS_LONE_SURROGATE = /\p{Cs}/u;

/**
 * The text with every lone surrogate (a half of a UTF-16 pair with no other half, which JSON's \ud800
 * escapes can produce) replaced by U+FFFD. Done before analysis and hashing: stores encode text as UTF-8,
 * where a lone surrogate cannot exist, and SQLite writes three U+FFFD for one, shifting every later offset.
 */
export function wellFormed(text: string): string {
  // In a /u pattern a surrogate pair is one astral code point, so only lone halves match.
  return HAS_LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}
