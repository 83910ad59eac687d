import { AtalayaError } from '../core/errors.js';

/** How long a SQLite writer waits, in all, for another process's write lock before giving the batch up. */
export const DEFAULT_BUSY_WAIT_MS = 60_000;

/** How long one try blocks inside SQLite: short, so the event loop (signals, progress) runs between tries. */
export const BUSY_TRY_MS = 250;

/** Another process held SQLite's write lock for longer than the bound: the batch was not stored. */
export class StoreBusyError extends AtalayaError {
  override name = 'StoreBusyError';
}

export function isBusy(err: unknown): boolean {
  return typeof (err as { code?: unknown } | null)?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `fn` until it does not fail with SQLITE_BUSY, backing off (with jitter, so two waiting writers do
 * not wake together) up to `boundMs` in all; past it, a StoreBusyError saying how long it waited.
 */
export async function retryWhileBusy<T>(fn: () => T | Promise<T>, boundMs: number, where: string | null): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isBusy(err)) throw err;
      const waited = Date.now() - started;
      if (waited >= boundMs) {
        throw new StoreBusyError(`database busy: another process held its write lock for over ${(boundMs / 1000).toLocaleString('en-US')} s`, where);
      }
      const pause = Math.min(20 * 2 ** attempt, 1000, boundMs - waited) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
