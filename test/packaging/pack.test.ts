/**
 * The published package, end to end: `npm pack` (its prepack builds dist/ and build/) → install the
 * tarball into an empty project → the `atalaya` bin and `import { analyze } from 'atalaya'` work there.
 * The pack runs in a copy of the sources so its rebuild never rewrites build/ under tests running in
 * parallel; the install prefers the local npm cache, so it needs the registry only for a cold cache.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';

const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'bin', 'src', 'scripts', 'data', 'models', 'schema', 'web'];
const STEP_MS = 240_000;
const work = mkdtempSync(join(tmpdir(), 'atalaya-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string, input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: STEP_MS, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr + (r.error ? String(r.error) : '') };
}

test('npm pack → install in an empty folder → npx atalaya and import work', { timeout: 3 * STEP_MS }, () => {
  const src = join(work, 'src-copy');
  for (const entry of SOURCES) cpSync(join(PROJECT_ROOT, entry), join(src, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');

  const packed = run('npm', ['pack', '--silent', '--pack-destination', work], src);
  assert.equal(packed.status, 0, packed.stderr);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote no tarball');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], app);
  assert.equal(installed.status, 0, installed.stderr);

  const cases: { args: string[]; input: string; expect: RegExp }[] = [
    { args: ['atalaya', '--version'], input: '', expect: /^\d+\.\d+\.\d+/ },
    { args: ['atalaya', 'analyze', '--format', 'summary'], input: 'El Gobierno de Chile condenó el ataque el lunes.', expect: /\b1 events\b/ },
    { args: ['atalaya', 'analyze', '--lang', 'en'], input: 'The minister met the ambassador on Monday.', expect: /"lang": ?"en"/ },
  ];
  for (const c of cases) {
    const r = run('npx', ['--no-install', ...c.args], app, c.input);
    assert.equal(r.status, 0, `${c.args.join(' ')}: ${r.stderr}`);
    assert.match(r.stdout, c.expect, c.args.join(' '));
  }
  const bad = run('npx', ['--no-install', 'atalaya', 'analyze', join(app, 'no-such-file.txt')], app);
  assert.notEqual(bad.status, 0, 'a missing input file must fail');

  writeFileSync(
    join(app, 'use.js'),
    "import { analyze } from 'atalaya';\nconst a = analyze('La OTAN condenó el ataque contra Kiev.');\nconsole.log(JSON.stringify({ events: a.events.length }));\n",
  );
  const lib = run(process.execPath, ['use.js'], app);
  assert.equal(lib.status, 0, lib.stderr);
  assert.deepEqual(JSON.parse(lib.stdout), { events: 1 });

  // The subpaths: each resolves through package.json `exports` to built JavaScript with its declarations.
  const installedRoot = join(app, 'node_modules', 'atalaya');
  for (const sub of ['store', 'query', 'export']) {
    assert.ok(existsSync(join(installedRoot, 'dist', 'api', `${sub}.d.ts`)), `atalaya/${sub} has its types`);
  }
  writeFileSync(
    join(app, 'subpaths.js'),
    [
      "import * as store from 'atalaya/store';",
      "import * as query from 'atalaya/query';",
      "import * as exp from 'atalaya/export';",
      'console.log(JSON.stringify({ store: typeof store.openStore, query: typeof query.listEvents, stats: typeof query.computeStats, export: typeof exp.exportEvents, formats: exp.EVENT_FORMATS.length }));',
    ].join('\n'),
  );
  const subpaths = run(process.execPath, ['subpaths.js'], app);
  assert.equal(subpaths.status, 0, subpaths.stderr);
  assert.deepEqual(JSON.parse(subpaths.stdout), { store: 'function', query: 'function', stats: 'function', export: 'function', formats: 9 });

  // The README's example, as shipped in examples/: analyse, store, query and export through the subpaths.
  cpSync(join(PROJECT_ROOT, 'examples', 'library.mjs'), join(app, 'library.mjs'));
  const example = run(process.execPath, ['library.mjs'], app);
  assert.equal(example.status, 0, example.stderr);
  assert.match(example.stdout, /^2026-02-02 [A-Z]+ \d+ \[ 'NATO' \]$/m);
  assert.match(example.stdout, /^2 documents, \d+ events$/m);
  assert.match(example.stdout, /^"id","date","date_precision","date_value"$/m);
});
