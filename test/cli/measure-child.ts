/**
 * Runs the CLI (src/cli/main.ts) in this process and, on exit, prints its CPU time and peak memory on a
 * last stderr line `resource-usage {…}`: how the scale test measures articles per CPU second.
 *
 * Started with --expose-gc it also samples the live heap after a full collection whenever the event loop
 * is free (between store writes), at most every 50 ms: whether memory grows with the number of documents.
 * Those forced collections cost CPU and keep the heap smaller than a real run's, so the scale test takes
 * speed and peak memory from a run without them.
 */
const heapMB: number[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const timer = setInterval(() => {
    gc();
    heapMB.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
  }, 50).unref();
  // The command's first line on stdout is its final summary: documents are no longer streaming, so
  // sampling stops there (what the process does on its way out is not growth with the input).
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((...args: Parameters<typeof write>) => {
    clearInterval(timer);
    return write(...args);
  }) as typeof process.stdout.write;
}
process.on('exit', () => {
  const r = process.resourceUsage();
  const usage = { cpuSeconds: (r.userCPUTime + r.systemCPUTime) / 1e6, maxRssMB: Math.round(r.maxRSS / 1024), heapMB };
  process.stderr.write(`resource-usage ${JSON.stringify(usage)}\n`);
});
process.argv = [process.argv[0]!, 'atalaya', ...process.argv.slice(2)];
await import('../../src/cli/main.js');
