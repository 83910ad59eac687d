#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('atalaya: not built yet (dist/cli/main.js is missing); run `npm install` or `npm run build` first\n');
  process.exit(2);
}
await import(new URL('../dist/cli/main.js', import.meta.url).href);
