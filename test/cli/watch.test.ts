import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { durationArg, intervalArg } from '../../src/cli/args.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { articlePage, feedRoute, NewsServer, pageRoute, rss } from '../watch/news-server.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-watch-cli-'));
let server: NewsServer;
before(async () => {
  server = await NewsServer.start();
  const items = [1, 2].map((n) => ({ title: `Acuerdo ${n}`, link: server.url(`/n/${n}`), guid: `g${n}` }));
  server.routes.set('/feed', feedRoute(() => rss(items), () => '"v1"'));
  for (const n of [1, 2]) server.routes.set(`/n/${n}`, pageRoute(articlePage(n)));
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI from source, asynchronously (the test's own server must keep answering while it runs);
 * `onStderr` may signal the child once it has printed what the test waits for.
 */
function cli(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${PROJECT_ROOT}src/cli/main.ts`, ...args], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr, child);
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('atalaya watch and atalaya feeds', () => {
  it('--once stores the new items, reports a bad feeds line by file:line, and exits 1 for it; feeds lists the health', async () => {
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, `# seguidos\n${server.url('/feed')} lang=es country=pe\nnoticias\n`);
    const db = join(dir, 'once.db');
    const r = await cli(['watch', feeds, '--once', '--db', db, '--delay', '0s']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /atalaya: .*feeds\.txt:3: "noticias" is not a URL\n/);
    assert.match(r.stderr, /poll at .*: 1 feeds, 1 with new items, 0 unchanged, 0 failed; 2 documents stored, 0 duplicates, 0 items failed; /);
    assert.match(r.stderr, new RegExp(`  ${server.url('/feed')}  2 new: 2 stored`));

    const again = await cli(['watch', feeds, '--once', '--db', db, '--delay', '0s']);
    assert.match(again.stderr, /1 unchanged, 0 failed; 0 documents stored/);
    assert.equal(server.hitsOf('/n/1'), 1);

    const listed = await cli(['feeds', '--db', db]);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`^${server.url('/feed')}  lang=es country=PE\n  health ok; 2 items; last success 20`));
    const json = JSON.parse((await cli(['feeds', '--db', db, '--format', 'json'])).stdout) as Array<{ health: string; items: number; validators: object }>;
    assert.deepEqual(json.map((f) => [f.health, f.items, f.validators]), [['ok', 2, { etag: '"v1"' }]]);
  });

  it('polls on the interval until SIGTERM, then prints the summary and exits 0; --log json writes JSON lines', async () => {
    const feeds = join(dir, 'loop.txt');
    writeFileSync(feeds, `${server.url('/feed')}\n${server.url('/missing')}\n`);
    let sent = false;
    const r = await cli(['watch', feeds, '--every', '1s', '--db', join(dir, 'loop.db'), '--delay', '0s', '--log', 'json'], (text, child) => {
      // A later poll finds the feed unchanged.
      if (!sent && text.includes('"outcome":"unchanged"')) {
        sent = true;
        child.kill('SIGTERM');
      }
    });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as { type: string; where?: string; message?: string; totals?: { stored: number; unchanged: number; failed: number } });
    const polls = lines.filter((l) => l.type === 'poll');
    assert.ok(polls.length >= 2);
    assert.deepEqual([polls[0]!.totals!.stored, polls[0]!.totals!.failed, polls.at(-1)!.totals!.unchanged], [2, 1, 1]);
    assert.ok(lines.some((l) => l.type === 'error' && l.where === server.url('/missing') && l.message === 'HTTP 404'));
  });

  it('refuses a feeds file that is not there with one line and exit 2', async () => {
    const r = await cli(['watch', join(dir, 'none.txt'), '--once', '--db', join(dir, 'n.db')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /none\.txt: cannot read the feeds file \(ENOENT\)/);
  });
});

describe('duration options', () => {
  const good: Array<[string, number]> = [['90s', 90_000], ['15m', 900_000], ['1.5h', 5_400_000], ['250ms', 250], ['0s', 0]];
  for (const [text, ms] of good) it(`reads ${text}`, () => assert.equal(durationArg(text), ms));
  const bad: Array<[string, (v: string) => number, RegExp]> = [
    ['5', durationArg, /"5" is not a duration/],
    ['15 minutes', durationArg, /is not a duration/],
    ['-1s', durationArg, /is not a duration/],
    ['500ms', intervalArg, /under a second/],
  ];
  for (const [text, parse, message] of bad) it(`refuses ${text}`, () => assert.throws(() => parse(text), message));
});
