import { franc } from 'franc-min';
import type { Lang } from '../core/analysis.js';

export interface LanguageGuess {
  /** The supported language, or null when the text is in another language or undecidable. */
  lang: Lang | null;
  /** ISO 639-3 code of what was detected, "und" when undecidable. */
  code: string;
  name: string;
  via: string;
}

/** Supported languages plus the ones news in our sources is most often confused with. */
const CANDIDATES = ['spa', 'eng', 'por', 'fra', 'ita', 'deu', 'cat', 'glg', 'nld'];
const NAMES: Record<string, string> = {
  spa: 'Spanish', eng: 'English', por: 'Portuguese', fra: 'French', ita: 'Italian', deu: 'German',
  cat: 'Catalan', glg: 'Galician', nld: 'Dutch', und: 'undetermined',
};

export function detectLanguage(text: string): LanguageGuess {
  const code = franc(text, { only: CANDIDATES, minLength: 10 });
  const lang: Lang | null = code === 'spa' ? 'es' : code === 'eng' ? 'en' : null;
  return { lang, code, name: NAMES[code] ?? code, via: 'franc' };
}
