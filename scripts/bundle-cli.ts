/**
 * Bundles the compiled CLI (dist/cli/main.js and what it imports) into dist/bundle/, the code
 * `bin/atalaya.js` runs. Each command's code is its own chunk, loaded when the command runs; packages
 * stay in node_modules. One chunk read is cheaper than ~160 module files resolved and read one by one
 * (about 0.1 s of every `atalaya analyze`). Run by `npm run build` after tsc.
 *
 * The chunks sit two folders below the project root, as dist/<folder>/ modules do, so the resources
 * found from `import.meta.url` (src/core/resources.ts) resolve the same way.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/core/resources.js';

const entry = join(PROJECT_ROOT, 'dist/cli/main.js');
const outdir = join(PROJECT_ROOT, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
try {
  await build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
} catch (err) {
  process.stderr.write(`bundle-cli: ${entry}: ${(err as Error).message}\n`);
  process.exit(1);
}
