/**
 * A throwaway PostgreSQL 15 cluster on loopback for tests and CI: initdb into a temporary folder,
 * pg_ctl start on a free port, trust authentication for one superuser, fsync off (nothing here needs to
 * survive a power cut). PostgreSQL refuses to run as root, so under uid 0 the server runs as the
 * `postgres` user (or `nobody`) and owns its folder.
 *
 *   tsx scripts/pg-cluster.ts start [--install]   prints `export ATALAYA_TEST_PG_URL=…` and `export ATALAYA_PG_CLUSTER=…`
 *   tsx scripts/pg-cluster.ts stop DIR             stops the cluster in DIR and removes DIR
 *
 * --install installs the server with apt-get when no initdb is found (CI runs as root on a fresh image).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Cluster {
  readonly url: string;
  readonly dir: string;
  stop(): void;
}

const USER = 'atalaya';

/** The folder holding initdb and pg_ctl: PATH first, then Debian's versioned folders (15 preferred). */
export function findPgBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function installServer(): void {
  if (process.getuid?.() !== 0) throw new Error('PostgreSQL is not installed and installing it needs root (apt-get install -y postgresql-15)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Progress goes to stderr: stdout carries only the `export` lines the caller evaluates.
  const stdio: ['ignore', number, number] = ['ignore', 2, 2];
  execFileSync('apt-get', ['update'], { stdio, env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql-15'], { stdio, env });
}

/** Under root, the unprivileged account the server runs as, with its uid and gid. */
function serverAccount(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (r.status === 0) {
      const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
      return { name, uid: Number(r.stdout.trim()), gid };
    }
  }
  throw new Error('running as root and neither a "postgres" nor a "nobody" account exists to run PostgreSQL');
}

function run(bin: string, tool: string, args: string[], account: ReturnType<typeof serverAccount>): void {
  const [cmd, argv] = account ? ['runuser', ['-u', account.name, '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const r = spawnSync(cmd, argv as string[], { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).trim()}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a fresh cluster; throws when PostgreSQL is absent (unless `install`) or does not start. */
export async function startCluster(options: { install?: boolean } = {}): Promise<Cluster> {
  let bin = findPgBin();
  if (!bin && options.install) {
    installServer();
    bin = findPgBin();
  }
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin');
  const account = serverAccount();
  const dir = mkdtempSync(join(tmpdir(), 'atalaya-pg-'));
  if (account) chownSync(dir, account.uid, account.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const stop = (): void => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        run(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w'], account);
      } catch {
        // Already gone: removing the folder is all that is left to do.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(bin, 'initdb', ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], account);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F -c max_connections=100`;
    run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start'], account);
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgres://${USER}@127.0.0.1:${port}/postgres`, dir, stop };
}

/** Stops the cluster whose folder `startCluster` made, and removes it. */
export function stopCluster(dir: string): void {
  const bin = findPgBin();
  const data = join(dir, 'data');
  if (bin && existsSync(join(data, 'postmaster.pid'))) run(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w'], serverAccount());
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, arg] = process.argv.slice(2);
  try {
    if (command === 'start') {
      const c = await startCluster({ install: process.argv.includes('--install') });
      process.stdout.write(`export ATALAYA_TEST_PG_URL=${c.url}\nexport ATALAYA_PG_CLUSTER=${c.dir}\n`);
    } else if (command === 'stop' && arg) {
      stopCluster(arg);
    } else {
      process.stderr.write('usage: pg-cluster.ts start [--install] | stop DIR\n');
      process.exit(2);
    }
  } catch (err) {
    process.stderr.write(`pg-cluster: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
