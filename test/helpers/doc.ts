import type { EntityType, Lang, Mention } from '../../src/core/analysis.js';
import { createDoc, type Doc } from '../../src/core/doc.js';
import { NO_TRACE } from '../../src/core/tracer.js';
import { structureStage } from '../../src/structure/stage.js';

export interface MentionSpec {
  /** The mention's text; `nth` picks which occurrence (0-based). */
  text: string;
  nth?: number;
  type?: EntityType;
  /** Text of the mention it corefers with (its first occurrence). */
  refersTo?: string;
  /** What produced it (default "test"). */
  via?: string;
}

/**
 * A Doc with real structure (segments, sentences, tokens) and hand-placed mentions, so a later stage
 * can be tested on its own, whatever the actor stage currently finds.
 */
export function docWithMentions(text: string, lang: Lang, specs: MentionSpec[], published: string | null = null): Doc {
  const doc = createDoc({ text, lang, published });
  doc.lang = lang;
  structureStage.run(doc, { trace: NO_TRACE });
  const placed = specs.map((spec) => {
    let at = -1;
    for (let k = 0; k <= (spec.nth ?? 0); k++) at = text.indexOf(spec.text, at + 1);
    if (at < 0) throw new Error(`mention "${spec.text}" not in the text`);
    return { spec, start: at, end: at + spec.text.length };
  });
  placed.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = placed.map((p, i) => ({
    id: `m${i}`, start: p.start, end: p.end, text: p.spec.text, type: p.spec.type ?? 'PER', actor: null, refersTo: null, via: p.spec.via ?? 'test',
  }));
  placed.forEach((p, i) => {
    if (p.spec.refersTo) mentions[i]!.refersTo = mentions.find((m) => m.text === p.spec.refersTo)?.id ?? null;
  });
  doc.mentions = mentions;
  return doc;
}
