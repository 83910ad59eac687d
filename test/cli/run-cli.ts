import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/core/resources.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (so tests never see a stale dist/), with optional stdin and extra environment. */
export function runCli(args: string[], stdin?: string | Buffer, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...args], {
    cwd: PROJECT_ROOT,
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
