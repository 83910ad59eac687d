/**
 * Doubling tests: a cost that at most about doubles when the input doubles is linear (or near it); a
 * quadratic one quadruples. Each part is timed (CPU time, see cpuMs) on inputs of size n and 2n, the best
 * of a few runs each (the machine is shared, and the best run is the one least disturbed). A part that
 * still looks superlinear is timed again before it is reported (see growthOf): one disturbed run on a busy
 * machine (CI shares it) can triple a 30 ms part, while a quadratic part stays quadratic however often it
 * is timed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each timed run, so garbage left by earlier runs is not collected (and timed)
// inside whichever part happens to be running.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Doubled {
  part: string;
  single: number;
  double: number;
}

/** Growth allowed for a doubled input (a quadratic part gives 4), and the fixed slack in ms for parts too quick to time well. */
export const GROWTH = 2.5;
export const SLACK_MS = 60;

/** Rounds of re-timing a part that looks superlinear gets before it is reported. */
export const CONFIRM_ROUNDS = 3;

const grewTooMuch = (p: Doubled): boolean => p.double > GROWTH * p.single + SLACK_MS;

/**
 * Times each part of `run` (a map of part name → ms for one input size) at n and 2n, best of `reps`.
 * While some part looks superlinear, both sizes are timed again (up to CONFIRM_ROUNDS more rounds) and
 * each size keeps its best time: the minimum only ever comes closer to the undisturbed cost.
 */
export function timeDoubling(run: (size: number) => Map<string, number>, n: number, reps = 3): Doubled[] {
  const single = new Map<string, number>();
  const double = new Map<string, number>();
  const time = (size: number, into: Map<string, number>): void => {
    for (let r = 0; r < reps; r++) {
      gc();
      for (const [part, ms] of run(size)) into.set(part, Math.min(into.get(part) ?? Infinity, ms));
    }
  };
  const parts = (): Doubled[] => [...single].map(([part, ms]) => ({ part, single: ms, double: double.get(part) ?? 0 }));
  time(n, single);
  time(2 * n, double);
  for (let round = 0; round < CONFIRM_ROUNDS && parts().some(grewTooMuch); round++) {
    time(n, single);
    time(2 * n, double);
  }
  return parts();
}

/** The parts whose time grew more than GROWTH times (plus the slack) when the input doubled, described. */
export function superlinear(parts: readonly Doubled[]): string[] {
  return parts.filter(grewTooMuch).map((p) => `${p.part}: ${p.single.toFixed(0)} ms → ${p.double.toFixed(0)} ms`);
}

/**
 * The CPU time of one call, in ms. CPU time rather than the clock's: other processes on the machine
 * would otherwise be timed too.
 */
export function cpuMs(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
