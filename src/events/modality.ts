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

/** Negation and modality of an event from the cues of its clause and the tense of its head word. */
export function moodOf(view: SentenceView, head: number, last: number, clause: Clause, tags: readonly VerbTag[]): Mood {
  const negated = cueBefore(view, 'neg', head, clause.start, CUE_REACH);
  const ifs = view.cues.get('if') ?? [];
  const inIfClause = ifs.some((m) => m.last + 1 === clause.start || (m.first >= clause.start && m.last < head));
  const conditional = tags.includes('cond') || cueBefore(view, 'hypothetical', head, clause.start, CUE_REACH);
  if (inIfClause || (conditional && ifs.length > 0)) return { modality: 'hypothetical', negated };
  const expectedAfter = (view.cues.get('expected') ?? []).some((m) => m.first > last && m.first - last <= 3);
  if (cueBefore(view, 'expected', head, 0, EXPECT_REACH) || expectedAfter) return { modality: 'expected', negated };
  if (tags.includes('fut') || tags.includes('cond') || cueBefore(view, 'intent', head, clause.start, CUE_REACH)) {
    return { modality: 'intended', negated };
  }
  if (conditional) return { modality: 'hypothetical', negated };
  return { modality: 'asserted', negated };
}
