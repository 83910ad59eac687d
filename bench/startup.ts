/**
 * Start-up: the wall time of `atalaya --version` and of `atalaya analyze` on one short text, run as a
 * user runs them (the built CLI, bin/atalaya.js, a new process each time), the median of a few runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/resources.js';

export interface StartupFigures {
  versionSeconds: number;
  analyzeShortSeconds: number;
  runs: number;
}

function medianSeconds(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/atalaya.js'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    times.push((performance.now() - t) / 1000);
    if (r.status !== 0) throw new Error(`atalaya ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  }
  times.sort((a, b) => a - b);
  return +times[Math.floor(times.length / 2)]!.toFixed(3);
}

/** The start-up figures, or null (with why on stderr) when the CLI is not built. */
export function measureStartup(runs = 5): StartupFigures | null {
  if (!existsSync(join(PROJECT_ROOT, 'dist/bundle/main.js'))) {
    process.stderr.write('bench: dist/ is not built (npm run build): start-up not measured\n');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'atalaya-startup-'));
  try {
    const file = join(dir, 'nota.txt');
    writeFileSync(file, 'El canciller de Chile se reunió el lunes en Lima con su homólogo de Perú.\n');
    return { versionSeconds: medianSeconds(['--version'], runs), analyzeShortSeconds: medianSeconds(['analyze', file, '--format', 'summary'], runs), runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
