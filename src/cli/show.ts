import { AtalayaError } from '../core/errors.js';
import { loadDocument, type StoredDocument } from '../query/document.js';
import { openStore, resolveDb } from '../store/open.js';
import { formatText } from './format-text.js';

/** The stored-side facts `analyze --format text` cannot know: names, story, merged events. */
export function formatStored(d: StoredDocument): string {
  const out = ['## Stored', `  ingested ${d.ingestedAt}; names: ${d.names.join(', ') || '(none)'}`];
  if (d.story !== d.analysis.document.id) out.push(`  near-duplicate of ${d.story} (the story's first article)`);
  if (d.storyMembers.length) out.push(`  same story: ${d.storyMembers.join(', ')}`);
  for (const e of d.events) out.push(`  ${e.event} is event #${e.merged}, reported by ${e.articles} article${e.articles === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}

export async function runShow(ref: string, o: { db?: string; format: 'text' | 'json' }, write: (s: string) => void): Promise<void> {
  const store = await openStore(resolveDb(o.db), { mustExist: true });
  try {
    const d = await loadDocument(store, ref);
    if (!d) throw new AtalayaError('no stored document has this id, id prefix or name', ref);
    write(o.format === 'json' ? `${JSON.stringify(d.analysis, null, 2)}\n` : `${formatText(d.analysis)}\n${formatStored(d)}`);
  } finally {
    await store.close();
  }
}
