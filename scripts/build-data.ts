/**
 * Compiles the language data under data/ (lexicons with a header naming their source) into fast lookup
 * tables under build/, validating every line on the way. Run by `npm run build`, hence by `npm install`.
 * A bad line stops the build with the file, line number and reason.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';
import { abbreviationsBuilder } from './data/abbreviations.js';
import { actorsBuilder } from './data/actors.js';
import type { DataBuilder } from './data/builder.js';
import { crosswalkBuilder } from './data/crosswalk.js';
import { cameoLabelsBuilder } from './data/cameo-labels.js';
import { gdeltBuilder } from './data/gdelt.js';
import { eventsBuilder } from './data/events.js';
import { eventSensesBuilder } from './data/event-senses.js';
import { languageWordsBuilder } from './data/language-words.js';
import { nerEnCuesBuilder } from './data/ner-en-cues.js';
import { speechVerbsBuilder } from './data/speech-verbs.js';
import { structureCuesBuilder } from './data/structure-cues.js';
import { syntaxRuntimeBuilder } from './data/syntax-runtime.js';
import { timeBuilder } from './data/time.js';
import { topicsBuilder } from './data/topics.js';
import { manifestBuilder } from './data/manifest.js';

export type { DataBuilder } from './data/builder.js';

/** Every compiler of data/ into build/, in order (one per line: several people add to this list). */
const BUILDERS: DataBuilder[] = [
  gdeltBuilder,
  abbreviationsBuilder,
  eventsBuilder,
  eventSensesBuilder,
  speechVerbsBuilder,
  topicsBuilder,
  structureCuesBuilder,
  languageWordsBuilder,
  timeBuilder,
  actorsBuilder,
  nerEnCuesBuilder,
  crosswalkBuilder,
  cameoLabelsBuilder,
  syntaxRuntimeBuilder,
  // Last: it hashes what the others wrote.
  manifestBuilder,
];

const outDir = join(PROJECT_ROOT, 'build');
mkdirSync(outDir, { recursive: true });
const started = Date.now();
for (const builder of BUILDERS) {
  try {
    builder.build(outDir);
  } catch (err) {
    process.stderr.write(`build-data: ${builder.name}: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
process.stdout.write(`build-data: ${BUILDERS.length} data sets compiled into build/ in ${Date.now() - started} ms\n`);
