/**
 * Debian's Chromium for the dashboard's browser tests (playwright-core drives it; no browser is
 * downloaded). When it is missing and we are root (CI on a fresh image), it is installed with apt-get,
 * as scripts/pg-cluster.ts installs PostgreSQL.
 *
 *   tsx scripts/chromium.ts install    installs it when missing; prints its path
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags every run uses: headless, no sandbox (root in CI), and nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function findChromium(): string | null {
  return existsSync(CHROMIUM) ? CHROMIUM : null;
}

/** The browser's path, installing Debian's package first when it is missing and we may (root). */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('Chromium is not installed and installing it needs root (apt-get install -y chromium)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio: ['ignore', number, number] = ['ignore', 2, 2];
  execFileSync('apt-get', ['update'], { stdio, env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio, env });
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium but ${CHROMIUM} is not there`);
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] !== 'install') {
    process.stderr.write('usage: chromium.ts install\n');
    process.exit(2);
  }
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (err) {
    process.stderr.write(`chromium: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
