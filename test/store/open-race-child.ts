/**
 * Opens (creating and migrating) each SQLite path given after the start time, each at its own slot of
 * the wall clock, so two of these started together race on every file. Prints `ok PATH` or
 * `fail PATH: reason` per file.
 */
import { openStore } from '../../src/store/open.js';
import { AtalayaError } from '../../src/core/errors.js';

const [startArg, slotArg, ...paths] = process.argv.slice(2);
const start = Number(startArg);
const slot = Number(slotArg);
for (const [i, path] of paths.entries()) {
  const wait = start + i * slot - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  try {
    await (await openStore(path)).close();
    process.stdout.write(`ok ${path}\n`);
  } catch (err) {
    process.stdout.write(`fail ${path}: ${err instanceof AtalayaError ? err.describe() : String(err)}\n`);
  }
}
