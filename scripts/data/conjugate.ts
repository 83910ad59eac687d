import { getConjugation, type Person0To5 } from 'spanish-verbs';

/** Finite and non-finite tenses news text uses; imperatives and subjunctive futures are left out. */
const TENSES = [
  'INDICATIVE_PRESENT',
  'INDICATIVE_PRETERITE',
  'INDICATIVE_IMPERFECT',
  'INDICATIVE_FUTURE',
  'CONDITIONAL_PRESENT',
  'SUBJUNCTIVE_PRESENT',
  'SUBJUNCTIVE_IMPERFECT_RA',
] as const;
const PERSONS: readonly Person0To5[] = [0, 1, 2, 3, 4, 5];

/**
 * Every simple form of a Spanish verb (all persons of the tenses above, plus infinitive and
 * participle), generated with the spanish-verbs conjugator rather than typed by hand. Pronominal lemmas
 * ("reunirse") are conjugated without the clitic; the clitic is matched separately by the engines.
 */
export function spanishForms(lemma: string): string[] {
  const base = lemma.replace(/se$/, '');
  const forms = new Set<string>([base]);
  for (const tense of TENSES) {
    for (const person of PERSONS) {
      const form = getConjugation(base, tense, person);
      if (form) forms.add(form.toLowerCase());
    }
  }
  // The conjugator has no participle tense: take it from the compound perfect ("ha dicho" -> "dicho").
  const participle = getConjugation(base, 'INDICATIVE_PERFECT', 2)?.split(' ').pop();
  if (participle) forms.add(participle.toLowerCase());
  return [...forms];
}
