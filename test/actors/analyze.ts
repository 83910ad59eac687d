import assert from 'node:assert/strict';
import type { Analysis, Lang, Mention } from '../../src/core/analysis.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/pipeline/stages.js';

let pipeline: Pipeline | null = null;

/** The pipeline up to and including the actors stage, so these tests depend on nothing after it. */
export function analyzeActors(text: string, lang: Lang, published: string | null = '2026-02-04', trace = false): Analysis {
  pipeline ??= buildPipeline(STAGES.slice(0, STAGES.findIndex((s) => s.name === 'actors') + 1));
  return pipeline.analyze({ text, lang, published }, { trace });
}

/** "RUS/GOV", "EU/LEG", "NATO", "CVL": the actor's codes as the text report prints them ('' for none). */
export function code(m: Mention): string {
  return [m.actor?.country, m.actor?.org, m.actor?.sector].filter(Boolean).join('/');
}

export function describeMentions(a: Analysis): string {
  return a.mentions.map((m) => `"${m.text}" ${code(m)}${m.actor?.name ? ` ${m.actor.name}` : ''}`).join('; ');
}

/** A sentence, the mentions it must have (text and codes), and words no mention with a code may contain. */
export interface MentionCase {
  lang: Lang;
  text: string;
  expect: Array<[string, string]>;
  not?: string[];
}

/** Analyses a case's sentence and checks every expected mention and every word that must stay uncoded. */
export function checkMentions(c: MentionCase): void {
  const a = analyzeActors(c.text, c.lang);
  const seen = describeMentions(a);
  for (const [text, codes] of c.expect) {
    assert.ok(a.mentions.some((m) => m.text === text && code(m) === codes), `expected "${text}" ${codes}; found: ${seen || 'nothing'}`);
  }
  for (const word of c.not ?? []) {
    assert.ok(!a.mentions.some((m) => m.text.toLowerCase().split(' ').includes(word.toLowerCase()) && code(m) !== ''), `"${word}" must not be an actor; found: ${seen}`);
  }
}
