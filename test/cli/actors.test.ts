import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliEnv, datasetDb } from './cli-env.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-actors-cli-'));
const lexicon = join(dir, 'mio.tsv');
writeFileSync(lexicon, ['# mine', 'ORG\tLiga Campesina del Norte\tLCN\tMEX\tOPP', 'PER\tDiego Ruiz\t\tMEX\tGOV\t2022\t2026'].join('\n'));
const broken = join(dir, 'roto.tsv');
writeFileSync(broken, ['# mine', 'ORG\tLiga Campesina del Norte\tLCN\tMEX\tOPP', 'ORG\tGrupo\t\tMXX\tOPP'].join('\n'));

describe('actors command', () => {
  it('tells how a name is coded: code, entry, source', () => {
    const r = cliEnv(['actors', 'otan']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^OTAN → NATO: org NATO; country -, org NATO, sector -; es; from shared\/organisations$/m);
  });

  it('lists a person’s dated codings', () => {
    const r = cliEnv(['actors', 'Putin', '--format', 'json']);
    const [m] = JSON.parse(r.stdout) as Array<{ code: string; validity: Array<{ start: string; end: string | null }> }>;
    assert.equal(m?.code, 'RUSGOV');
    assert.equal(m?.validity.at(-1)?.end, null);
  });

  it('looks names up in a user lexicon, given by --lexicon or $ATALAYA_LEXICON', () => {
    for (const r of [cliEnv(['actors', 'LCN', '--lexicon', lexicon]), cliEnv(['actors', 'LCN'], { ATALAYA_LEXICON: lexicon })]) {
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^LCN → MEXOPP: org Liga Campesina del Norte; .* from ${lexicon.replace(/[.\\/]/g, '\\$&')}$`, 'm'));
    }
  });

  it('says so when nothing matches, with exit code 1', () => {
    const r = cliEnv(['actors', 'Zzyzx']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^atalaya: "Zzyzx": no lexicon form holds these words\n$/);
  });

  it('stops on a bad lexicon line with file:line and the reason, in one line, exit code 2', () => {
    for (const args of [['actors', 'LCN', '--lexicon', broken], ['analyze', '-', '--lexicon', broken], ['ingest', '-', '--db', join(dir, 'x.db'), '--lexicon', broken]]) {
      const r = cliEnv(args, {}, 'México firmó un acuerdo.');
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr, `atalaya: ${broken}:3: unknown country code "MXX" (ISO 3166-1 alpha-3, as in data/shared/countries.tsv)\n`);
    }
  });

  it('analyses with the user lexicon', () => {
    const r = cliEnv(['analyze', '-', '--lexicon', lexicon, '--published', '2024-02-01'], {}, 'La Liga Campesina del Norte bloqueó una carretera en Sonora.');
    assert.equal(r.status, 0, r.stderr);
    const m = (JSON.parse(r.stdout) as { mentions: Array<{ text: string; actor: { country: string; sector: string } | null; via: string }> }).mentions[0];
    assert.deepEqual([m?.text, m?.actor?.country, m?.actor?.sector, m?.via], ['Liga Campesina del Norte', 'MEX', 'OPP', `lexicon:${lexicon}#Liga Campesina del Norte`]);
  });
});

describe('--actor takes names and aliases', () => {
  it('resolves OTAN to NATO in events and stats, and says when a name matches no actor', async () => {
    const db = await datasetDb();
    const byCode = cliEnv(['events', '--db', db, '--actor', 'NATO', '--format', 'jsonl']);
    const byAlias = cliEnv(['events', '--db', db, '--actor', 'OTAN', '--format', 'jsonl']);
    assert.equal(byAlias.status, 0, byAlias.stderr);
    assert.ok(byCode.stdout.includes('NATO'), byCode.stdout);
    assert.equal(byAlias.stdout, byCode.stdout);
    const dyad = cliEnv(['stats', '--db', db, '--dyad', 'Rusia-China', '--format', 'json']);
    assert.equal(dyad.status, 0, dyad.stderr);
    assert.deepEqual((JSON.parse(dyad.stdout) as { dyad: { pair: string[] } }).dyad.pair, ['RUS', 'CHN']);
    const none = cliEnv(['events', '--db', db, '--actor', 'Zzyzx']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /"Zzyzx" is not an actor code .* it matches no actor/);
  });
});
