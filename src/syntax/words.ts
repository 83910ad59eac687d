import type { Token } from '../core/doc.js';

/** A syntactic word before tagging: its form and where it sits in the text. */
export interface WordSpan {
  form: string;
  start: number;
  end: number;
  /** Index of the token it comes from (document-wide). */
  token: number;
}

/** What splitting needs to know of a language: the treebank's own splits and its verb forms. */
export interface SplitLexicon {
  /** Lowercased multiword token → its words, as the treebanks split it (`del` → de el). */
  splits: ReadonlyMap<string, readonly string[]>;
  /** True when the lowercased form is a verb form the treebank has (`dar`, `diciendo`). */
  isVerb(lower: string): boolean;
  /** True when the lowercased form is a known word that is not a verb (`parte`, `Marte`). */
  isOtherWord(lower: string): boolean;
}

const CLITIC = /(?:me|te|se|nos|os|lo|la|los|las|le|les)$/;
/** A verb that takes enclitics: infinitive (dar, reír) or gerund (diciendo, yendo). */
const CLITIC_HOST = /(?:[aeií]r|[aeé]ndo|yendo)$/;
const ACUTE: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

function stripAcute(s: string): string {
  return s.replace(/[áéíóú]/g, (c) => ACUTE[c]!);
}

function capitalised(part: string, like: string): string {
  return like[0] !== like[0]!.toLowerCase() ? part[0]!.toUpperCase() + part.slice(1) : part;
}

/**
 * Spanish verbs with enclitic pronouns, split the UD way: "dárselo" → dar se lo, "anunciándolo" →
 * anunciando lo. The host must be an infinitive or gerund (its written accent only marks the stress the
 * clitics moved) and, when short, a verb form the treebank knows; a known non-verb ("parte") stays whole.
 */
function splitEnclitics(lower: string, lex: SplitLexicon): string[] | null {
  if (lex.isOtherWord(lower)) return null;
  const clitics: string[] = [];
  let rest = lower;
  for (let k = 0; k < 3; k++) {
    const m = CLITIC.exec(rest);
    if (!m) break;
    rest = rest.slice(0, m.index);
    clitics.unshift(m[0]);
    const host = stripAcute(rest);
    if (CLITIC_HOST.test(host) && (lex.isVerb(host) || host.length >= 5)) return [host, ...clitics];
  }
  return null;
}

/**
 * A sentence's tokens as syntactic words. Contractions and clitics become several words: each part of a
 * contraction ("del") keeps the whole token's span; the parts of a verb with clitics get the letters
 * each came from. `first` is the document index of tokens[0].
 */
export function syntacticWords(tokens: readonly Token[], first: number, lang: 'es' | 'en', lex: SplitLexicon): WordSpan[] {
  const out: WordSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const index = first + t;
    if (tok.kind !== 'word') {
      out.push({ form: tok.text, start: tok.start, end: tok.end, token: index });
      continue;
    }
    const lower = tok.text.toLowerCase();
    const known = lex.splits.get(lower);
    if (known && known.length > 1) {
      known.forEach((p, i) => out.push({ form: i === 0 ? capitalised(p, tok.text) : p, start: tok.start, end: tok.end, token: index }));
      continue;
    }
    const parts = lang === 'es' && lower.length > 4 ? splitEnclitics(lower, lex) : null;
    if (!parts) {
      out.push({ form: tok.text, start: tok.start, end: tok.end, token: index });
      continue;
    }
    let at = tok.start;
    const hostLen = lower.length - parts.slice(1).reduce((a, p) => a + p.length, 0);
    parts.forEach((p, i) => {
      const len = i === 0 ? hostLen : p.length;
      out.push({ form: i === 0 ? capitalised(p, tok.text) : p, start: at, end: at + len, token: index });
      at += len;
    });
  }
  return out;
}
