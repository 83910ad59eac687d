import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../src/core/resources.js';

export interface ServeProcess {
  url: string;
  /** SIGTERM, as Ctrl-C would stop it, and resolves with its exit code once it has closed the store. */
  stop(): Promise<number | null>;
}

/**
 * `atalaya serve --db DB --port 0` in a process of its own, as a user runs it: the load generator in
 * this process then never takes CPU time from the server's event loop, so latencies are the server's.
 * Resolves with the URL it prints; rejects with its stderr when it exits before serving.
 */
export function spawnServe(db: string, timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, 'serve', '--db', db, '--port', '0'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`load: atalaya serve printed no URL within ${timeoutMs / 1000} s: ${err.trim()}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const m = / at (http:\/\/\S+\/)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`load: atalaya serve exited (${code}) before serving: ${err.trim()}`));
    });
  });
}
