import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './resources.js';

let version: string | null = null;

/** The version in the installed package.json, read once: the tarball, the checkout and dist/ all carry it. */
export function packageVersion(): string {
  if (version === null) {
    const parsed = JSON.parse(readFileSync(PROJECT_ROOT + 'package.json', 'utf8')) as { version?: unknown };
    if (typeof parsed.version !== 'string') throw new Error('package.json: no "version" string');
    version = parsed.version;
  }
  return version;
}
