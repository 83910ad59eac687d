import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { seededRandom } from '../../src/core/random.js';
import type { StoreProbe } from './store-probe.js';

/**
 * The seed of this run's kill points: $ATALAYA_FAULT_SEED to replay a failure, else a fresh one. The
 * tests print it, so a failing CI run can be replayed exactly.
 */
export function faultSeed(): number {
  const given = process.env.ATALAYA_FAULT_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`ATALAYA_FAULT_SEED must be a non-negative integer, got "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * Where to kill a process: once the store holds at least `afterRows` (0: from its start), wait `delayMs`
 * more, so the kill lands anywhere in start-up, migration, analysis or the middle of a commit.
 */
export interface KillPoint {
  afterRows: number;
  delayMs: number;
}

/** `count` kill points in rising order of progress below `total`, drawn from `seed`. */
export function killPoints(seed: number, count: number, total: number): KillPoint[] {
  const rnd = seededRandom(seed);
  const points: KillPoint[] = [];
  for (let i = 0; i < count; i++) {
    // The first kill may land in start-up; later ones spread over the part of the batch not yet done.
    const afterRows = i === 0 && rnd() < 0.3 ? 0 : Math.floor(((i + rnd()) / (count + 1)) * total);
    points.push({ afterRows, delayMs: afterRows === 0 ? 300 + Math.floor(rnd() * 1500) : Math.floor(rnd() * 250) });
  }
  return points;
}

export function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...args], { cwd: PROJECT_ROOT, stdio: 'ignore' });
}

export interface KillOutcome {
  /** Whether the process was killed (false: it ended on its own before the point was reached). */
  killed: boolean;
  exitCode: number | null;
}

/**
 * Kills `child` with SIGKILL at `point`, reading progress through `progress` (a count query that may
 * throw while the store does not exist yet).
 */
export async function killAt(child: ChildProcess, point: KillPoint, progress: (probe: StoreProbe) => Promise<number>, probe: StoreProbe): Promise<KillOutcome> {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && point.afterRows > 0) {
    await new Promise((r) => setTimeout(r, 20));
    const n = await progress(probe).catch(() => 0);
    if (n >= point.afterRows) break;
  }
  if (!done) await new Promise((r) => setTimeout(r, point.delayMs));
  if (!done) child.kill('SIGKILL');
  const end = await exited;
  return { killed: end.signal === 'SIGKILL', exitCode: end.code };
}
