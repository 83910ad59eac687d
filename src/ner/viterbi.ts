import * as tags from './tags.js';

// Imported bindings are copied into locals once: under tsx (tests, eval, bench) each read of an
// imported binding is a getter call, which would dominate the per-feature loops.
const { allowed, TAG_COUNT } = tags;

const NT = TAG_COUNT;
/** For each (prev, cur) pair, whether IOB2 allows it; row NT is the sentence start (prev = O). */
const ALLOWED = new Uint8Array((NT + 1) * NT);
for (let p = 0; p <= NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowed(p === NT ? 0 : p, t) ? 1 : 0;

/**
 * Best tag sequence under emission scores `emit` (n × NT) and transition weights `trans` ((NT + 1) × NT,
 * the last row scoring the first tag), never taking a transition IOB2 forbids. Writes tags into `out`.
 * `back` must hold n × NT entries and `score` 2 × NT.
 */
export function viterbi(
  emit: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  back: Uint8Array,
  score: Float64Array,
  out: Uint8Array,
): void {
  if (n === 0) return;
  let prev = 0;
  let cur = NT;
  for (let t = 0; t < NT; t++) score[t] = ALLOWED[NT * NT + t] ? emit[t]! + trans[NT * NT + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED[p * NT + t]) continue;
        const v = score[prev + p]! + trans[p * NT + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[cur + t] = best + emit[i * NT + t]!;
      back[i * NT + t] = arg;
    }
    prev = cur;
    cur = NT - cur;
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    if (score[prev + t]! > best) {
      best = score[prev + t]!;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]!]!;
}
