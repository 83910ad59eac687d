import type { TraceEntry } from './analysis.js';

/**
 * Lazy tracing: `detail` is a thunk, so when tracing is off nothing is formatted or allocated on the
 * hot path beyond the call itself.
 */
export interface Tracer {
  readonly enabled: boolean;
  record(rule: string, start: number, end: number, detail: () => string): void;
}

export const NO_TRACE: Tracer = { enabled: false, record() {} };

export class TraceLog implements Tracer {
  readonly enabled = true;
  readonly entries: TraceEntry[] = [];
  stage = '';

  record(rule: string, start: number, end: number, detail: () => string): void {
    this.entries.push({ stage: this.stage, rule, start, end, detail: detail() });
  }
}
