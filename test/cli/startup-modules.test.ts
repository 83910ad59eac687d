import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';

/**
 * Start-up cost is mostly modules loaded: each command loads what it runs, and nothing loads for
 * `--version` or `--help` but the option definitions.
 */
const dir = mkdtempSync(join(tmpdir(), 'atalaya-startup-modules-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const text = join(dir, 'nota.txt');
writeFileSync(text, 'La ministra de Chile visitó Lima el lunes.\n');

/** The modules one run resolves, relative to the project root: from source, or the built `bin/atalaya.js`. */
function modulesLoaded(args: string[], built = false): string[] {
  const record = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(record, '');
  const program = built ? [`${PROJECT_ROOT}bin/atalaya.js`] : [`${PROJECT_ROOT}src/cli/main.ts`];
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', `${PROJECT_ROOT}test/helpers/record-modules.ts`, ...program, ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, RECORD_MODULES: record } },
  );
  assert.equal(r.status, 0, r.stderr);
  return [...new Set(readFileSync(record, 'utf8').split('\n').filter(Boolean))].map((u) => u.replace(`file://${PROJECT_ROOT}`, ''));
}

/** Modules only a store, a query, the server or the pipeline needs. */
const HEAVY = [/^src\/pipeline\/pipeline\.ts$/, /^src\/store\/sqlite/, /^src\/store\/postgres/, /^src\/server\/serve\.ts$/, /^src\/query\/events\.ts$/, /node_modules\/(kysely|better-sqlite3|pg|pg-boss|hono|linkedom|hyparquet-writer)\//];
const STORE_AND_SERVER = HEAVY.slice(1);

const cases: Array<{ what: string; args: string[]; absent: RegExp[]; present: RegExp[] }> = [
  { what: '--version', args: ['--version'], absent: HEAVY, present: [/^src\/cli\/main\.ts$/] },
  { what: '--help', args: ['--help'], absent: HEAVY, present: [/^src\/cli\/commands\/events\.ts$/] },
  { what: 'events --help', args: ['events', '--help'], absent: HEAVY, present: [] },
  // The recorder sees what a command really loads: analyze brings the pipeline, not a store.
  { what: 'analyze of one short text', args: ['analyze', text, '--format', 'summary'], absent: STORE_AND_SERVER, present: [/^src\/pipeline\/pipeline\.ts$/] },
];

describe('start-up loads only what the command runs', () => {
  for (const c of cases) {
    it(c.what, () => {
      const loaded = modulesLoaded(c.args);
      for (const re of c.absent) assert.deepEqual(loaded.filter((m) => re.test(m)), [], `${c.what} loaded ${re}`);
      for (const re of c.present) assert.ok(loaded.some((m) => re.test(m)), `${c.what} did not load ${re}`);
    });
  }
});

// The launcher runs the bundle (scripts/bundle-cli.ts): a command's chunk, and its packages, load only with it.
const HEAVY_PACKAGES = HEAVY.slice(-1);
const bundled = existsSync(`${PROJECT_ROOT}dist/bundle/main.js`);
describe('the built CLI (dist/bundle) keeps commands apart', { skip: bundled ? false : 'dist/bundle is not built (npm run build)' }, () => {
  for (const [what, args] of [['--version', ['--version']], ['analyze of one short text', ['analyze', text, '--format', 'summary']]] as const) {
    it(what, () => {
      const loaded = modulesLoaded([...args], true);
      assert.deepEqual(loaded.filter((m) => HEAVY_PACKAGES[0]!.test(m)), []);
      assert.ok(loaded.some((m) => m.startsWith('dist/bundle/')), 'bin/atalaya.js did not run the bundle');
    });
  }
});
