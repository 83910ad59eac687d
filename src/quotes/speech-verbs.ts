import type { Lang } from '../core/analysis.js';
import { foldWord } from '../core/fold.js';
import { loadJsonResource } from '../core/resources.js';

interface SpeechVerbTable {
  es: string[];
  en: string[];
  esFolded: string[];
  esAccented: string[];
  lemmas: { es: string[]; en: string[] };
}

interface SpeechVerbSets {
  es: Set<string>;
  en: Set<string>;
  esFolded: Set<string>;
  esAccented: Set<string>;
  lemmas: Record<'es' | 'en', Set<string>>;
}

let sets: SpeechVerbSets | null = null;

function load(): SpeechVerbSets {
  if (!sets) {
    const t = loadJsonResource<SpeechVerbTable>('build/speech-verbs.json');
    sets = {
      es: new Set(t.es), en: new Set(t.en), esFolded: new Set(t.esFolded), esAccented: new Set(t.esAccented),
      lemmas: { es: new Set(t.lemmas.es), en: new Set(t.lemmas.en) },
    };
  }
  return sets;
}

/**
 * Whether a lower-cased token is a verb of saying in the language (compiled from data/<lang>/speech-verbs.txt).
 * A Spanish form the plain conjugator misses is looked up folded; one only ever written with an accent
 * counts only when the text wrote it ("anunció", not the noun "anuncio").
 */
export function isSpeechVerb(lowerToken: string, lang: Lang): boolean {
  const s = load();
  if (lang === 'en') return s.en.has(lowerToken);
  if (s.es.has(lowerToken)) return true;
  const folded = foldWord(lowerToken);
  return s.esFolded.has(folded) && (folded !== lowerToken || !s.esAccented.has(folded));
}

/** Whether a folded lemma (as the tree gives it) is a verb of saying in the language. */
export function isSpeechLemma(foldedLemma: string, lang: Lang): boolean {
  const s = load();
  return lang === 'en' ? s.lemmas.en.has(foldedLemma) : lang === 'es' && s.lemmas.es.has(foldedLemma);
}
