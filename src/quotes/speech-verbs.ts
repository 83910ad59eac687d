import type { Lang } from '../core/analysis.js';
import { loadJsonResource } from '../core/resources.js';

interface SpeechVerbTable {
  es: string[];
  en: string[];
}

let sets: Record<'es' | 'en', Set<string>> | null = null;

/** Whether a lower-cased token is a verb of saying in the language (compiled from data/<lang>/speech-verbs.txt). */
export function isSpeechVerb(lowerToken: string, lang: Lang): boolean {
  if (!sets) {
    const table = loadJsonResource<SpeechVerbTable>('build/speech-verbs.json');
    sets = { es: new Set(table.es), en: new Set(table.en) };
  }
  return lang === 'en' ? sets.en.has(lowerToken) : sets.es.has(lowerToken);
}
