import { Command, Option } from 'commander';
import { AtalayaError } from '../core/errors.js';
import { loadDocument, type StoredDocument } from '../query/document.js';
import { openStore, resolveDb } from '../store/open.js';
import { formatText } from './format-text.js';
import { dbOption } from './ingest.js';

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

/** The `show` command, added to the CLI by main.ts. */
export function showCommand(): Command {
  return new Command('show')
    .description('print a stored document with its annotations (by id, id prefix, file name, record id or URL)')
    .argument('<doc>', 'document id, id prefix or a name it was ingested under')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (ref: string, o: { db?: string; format: 'text' | 'json' }) => {
      await runShow(ref, o, (s) => void process.stdout.write(s));
    });
}
