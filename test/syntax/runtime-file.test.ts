import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { decodeSyntaxModel } from '../../src/syntax/model-file.js';
import { loadSyntaxModel, readModelStamp, readRuntimeModel, syntaxModelPath } from '../../src/syntax/models.js';
import { decodeRuntimeModel, encodeRuntimeModel, runtimeModelPath, type ModelStamp } from '../../src/syntax/runtime-file.js';
import { SyntaxModel } from '../../src/syntax/syntax-model.js';

const gzPath = PROJECT_ROOT + syntaxModelPath('en');
const shipped = readFileSync(gzPath);
const stamp = readModelStamp(gzPath)!;
const runtime = encodeRuntimeModel(decodeSyntaxModel(shipped, 'en'), stamp);
const dir = mkdtempSync(join(tmpdir(), 'atalaya-runtime-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCES = [
  ['Officials', 'rejected', 'the', 'offer', 'on', 'Monday', '.'],
  ['The', 'talks', 'were', "n't", 'held', 'in', 'Geneva', ',', 'said', 'the', 'envoy', '.'],
];

describe('runtime syntax model file', () => {
  it('parses exactly as the shipped .bin.gz it was made from', () => {
    const decoded = decodeRuntimeModel(runtime, 'rt', stamp);
    assert.ok(decoded);
    const fromRuntime = new SyntaxModel(decoded.data, decoded.index);
    const fromGz = loadSyntaxModel(shipped, 'en');
    for (const words of SENTENCES) assert.deepEqual(fromRuntime.analyze(words), fromGz.analyze(words));
    assert.equal(fromRuntime.name, fromGz.name);
  });

  it('views the tables in place, also from a buffer at an odd offset', () => {
    const shifted = Buffer.alloc(runtime.length + 1);
    runtime.copy(shifted, 1);
    const decoded = decodeRuntimeModel(shifted.subarray(1), 'rt', stamp);
    assert.ok(decoded);
    assert.deepEqual(new SyntaxModel(decoded.data, decoded.index).analyze(SENTENCES[0]!), loadSyntaxModel(shipped, 'en').analyze(SENTENCES[0]!));
  });

  const other: [string, ModelStamp][] = [
    ['another size', { ...stamp, bytes: stamp.bytes + 1 }],
    ['another CRC', { ...stamp, crc32: (stamp.crc32 + 1) >>> 0 }],
    ['another content length', { ...stamp, contentBytes: stamp.contentBytes - 1 }],
  ];
  for (const [what, expected] of other) {
    it(`is not used for a model file of ${what} (it was made from another)`, () => assert.equal(decodeRuntimeModel(runtime, 'rt', expected), null));
  }

  const damaged: [string, Buffer, RegExp][] = [
    ['not a runtime model', Buffer.from('hello world, not a model'), /rt: not an Atalaya runtime syntax model/],
    ['truncated', runtime.subarray(0, runtime.length - 4096), /rt: truncated tables/],
    ['longer than its tables', Buffer.concat([runtime, Buffer.alloc(8)]), /rt: 8 unexpected bytes/],
    ['a broken header', Buffer.concat([runtime.subarray(0, 20), Buffer.alloc(64, 0x7b)]), /rt: unreadable runtime model header/],
  ];
  for (const [what, bytes, error] of damaged) it(`a file that is ${what} is an error naming it`, () => assert.throws(() => decodeRuntimeModel(bytes, 'rt', stamp), error));

  it('the loader falls back (null) when the runtime file is missing, stale or damaged, and reads a good one', () => {
    const good = join(dir, 'good.bin');
    writeFileSync(good, runtime);
    const broken = join(dir, 'broken.bin');
    writeFileSync(broken, runtime.subarray(0, 1000));
    assert.ok(readRuntimeModel(gzPath, good));
    assert.equal(readRuntimeModel(gzPath, join(dir, 'missing.bin')), null);
    assert.equal(readRuntimeModel(gzPath, broken), null);
    assert.equal(readRuntimeModel(PROJECT_ROOT + syntaxModelPath('es'), good), null, 'made from the English model, not the Spanish');
    assert.equal(readRuntimeModel(join(dir, 'no-model.bin.gz'), good), null);
  });
});

describe('the build', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`wrote build/'s runtime copy of the shipped ${lang} model (else \`npm run build\`)`, () => {
      assert.ok(readRuntimeModel(PROJECT_ROOT + syntaxModelPath(lang), PROJECT_ROOT + runtimeModelPath(lang)), `${runtimeModelPath(lang)} is missing or stale`);
    });
  }
});
