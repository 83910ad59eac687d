import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/analysis.js';
import { treeSpeech } from '../../src/quotes/tree-speaker.js';
import { sentenceTree } from '../../src/syntax/sentence-tree.js';
import { docWithMentions, type MentionSpec } from '../helpers/doc.js';

/** What treeSpeech reads in a one-sentence text, with the whole sentence read (no quote). */
function read(text: string, lang: Lang, mentions: MentionSpec[]): { speaker: string | null; verb: boolean; dropped: boolean; content: boolean } {
  const doc = docWithMentions(text, lang, mentions);
  const count = doc.tokens.length;
  const tree = sentenceTree(doc, 0, 0, count);
  assert.ok(tree, 'no tree');
  const at = new Int32Array(count).fill(-1);
  doc.mentions.forEach((m, i) => doc.tokens.forEach((t, k) => { if (t.start >= m.start && t.end <= m.end && at[k] === -1) at[k] = i; }));
  const r = treeSpeech(tree, null, doc.mentions, at, lang);
  return { speaker: r.speaker?.mention.text ?? null, verb: r.verb, dropped: r.dropped, content: r.content };
}

describe('treeSpeech', () => {
  const cases: Array<[string, string, Lang, MentionSpec[], ReturnType<typeof read>]> = [
    ['a subject reporting a clause', 'El ministro dijo que habrá elecciones.', 'es', [{ text: 'El ministro' }],
      { speaker: 'El ministro', verb: true, dropped: false, content: true }],
    ['an inverted subject and nothing reported', 'Así lo afirmó la ministra.', 'es', [{ text: 'la ministra' }],
      { speaker: 'la ministra', verb: true, dropped: false, content: false }],
    ['a dropped subject', 'Después dijo que volverá.', 'es', [],
      { speaker: null, verb: true, dropped: true, content: true }],
    ['English subject', 'The mayor said the bridge will reopen.', 'en', [{ text: 'The mayor' }],
      { speaker: 'The mayor', verb: true, dropped: false, content: true }],
    ['no verb of saying', 'El ministro llegó a Quito.', 'es', [{ text: 'El ministro' }],
      { speaker: null, verb: false, dropped: false, content: false }],
  ];
  for (const [what, text, lang, mentions, expected] of cases) it(what, () => assert.deepEqual(read(text, lang, mentions), expected));
});
