/**
 * A child process for compact-heap.test.ts: holds a steady live heap, then allocates batches that each
 * outlive a few young-generation collections and die (as a batch of analyses waits for its
 * transaction), and prints the largest heap V8 reserved. `compact` calls compactHeap() first.
 */
import { compactHeap } from '../../src/ingest/compact-heap.js';

if (process.argv[2] === 'compact') compactHeap();
const live = Array.from({ length: 300_000 }, (_, i) => ({ i, name: `entrada ${i}`, pair: [i, i + 1] }));
const held: object[][] = [];
let peak = 0;
for (let round = 0; round < 300; round++) {
  held.push(Array.from({ length: 5_000 }, (_, i) => ({ round, i, text: `documento ${round}-${i}`, pair: [round, i] })));
  if (held.length > 30) held.shift();
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
process.stdout.write(`${JSON.stringify({ live: live.length, peakHeapMB: Math.round(peak / 1e6) })}\n`);
