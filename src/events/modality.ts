import type { Modality } from '../core/analysis.js';
import type { VerbTag } from './compiled.js';
import type { Clause } from './roles.js';
import type { SentenceView } from './view.js';

/** How far before the trigger a negator or modal cue still bears on it ("no lo ha firmado", "planea seguir enviando"). */
const CUE_REACH = 4;
/** "se espera que el canciller también visite": an expectation reaches further, to the verb of its clause. */
const EXPECT_REACH = 9;
const ACCENTED_END = /[áéíóú]n?$/;

/**
 * The tense of the trigger's head word. Accent folding merges the future with the imperfect subjunctive
 * ("firmará" / "firmara"): a written accent means the future; without one (capitals and unaccented text
 * drop it) the subjunctive is taken only in a subordinate clause, where it belongs.
 */
export function headTags(view: SentenceView, head: number, subordinate: boolean): readonly VerbTag[] {
  const tags = view.tables.verbTags.get(view.norm[head]!) ?? [];
  if (tags.includes('fut') && tags.includes('subj')) {
    const raw = view.doc.tokens[view.offset + head]!.text.toLowerCase();
    const future = ACCENTED_END.test(raw) || !subordinate;
    return future ? tags.filter((t) => t !== 'subj') : tags.filter((t) => t !== 'fut');
  }
  return tags;
}

/** Whether the spelling of the trigger's head word is both a future and an imperfect subjunctive once accents are gone ("firmara"). */
export function futureOrSubjunctive(view: SentenceView, head: number): boolean {
  const tags = view.tables.verbTags.get(view.norm[head]!) ?? [];
  return tags.includes('fut') && tags.includes('subj') && !ACCENTED_END.test(view.doc.tokens[view.offset + head]!.text.toLowerCase());
}

function cueBefore(view: SentenceView, kind: 'neg' | 'intent' | 'expected' | 'hypothetical', head: number, from: number, reach: number): boolean {
  for (const m of view.cues.get(kind) ?? []) {
    if (m.last < head && m.first >= from && head - m.last <= reach) return true;
  }
  return false;
}

export interface Mood {
  modality: Modality;
  negated: boolean;
}

/** Whether a modal cue bears on the trigger: the tree's scope (src/events/tree-mood.ts) where there is one. */
export type ModalScope = (kind: 'intent' | 'hypothetical') => boolean;

/**
 * Negation and modality of an event from the cues of its clause and the tense of its head word. Without
 * a tree (`scoped` absent: text of no parsed language) a modal cue counts when it comes a few words
 * before the trigger in its clause.
 */
export function moodOf(view: SentenceView, head: number, last: number, clause: Clause, tags: readonly VerbTag[], scoped?: ModalScope): Mood {
  const cue = scoped ?? ((kind: 'intent' | 'hypothetical') => cueBefore(view, kind, head, clause.start, CUE_REACH));
  const negated = cueBefore(view, 'neg', head, clause.start, CUE_REACH);
  const ifs = view.cues.get('if') ?? [];
  const inIfClause = ifs.some((m) => m.last + 1 === clause.start || (m.first >= clause.start && m.last < head));
  const conditional = tags.includes('cond') || cue('hypothetical');
  if (inIfClause || (conditional && ifs.length > 0)) return { modality: 'hypothetical', negated };
  const expectedAfter = (view.cues.get('expected') ?? []).some((m) => m.first > last && m.first - last <= 3);
  if (cueBefore(view, 'expected', head, 0, EXPECT_REACH) || expectedAfter) return { modality: 'expected', negated };
  if (tags.includes('fut') || tags.includes('cond') || cue('intent')) {
    return { modality: 'intended', negated };
  }
  if (conditional) return { modality: 'hypothetical', negated };
  return { modality: 'asserted', negated };
}
