import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { decodeSyntaxModel, encodeSyntaxModel } from '../../src/syntax/model-file.js';
import { loadSyntaxModel, readSyntaxModel, syntaxModelPath } from '../../src/syntax/models.js';

const shipped = readFileSync(PROJECT_ROOT + syntaxModelPath('en'));

describe('syntax model file', () => {
  it('round-trips: encode(decode(file)) parses the same', () => {
    const data = decodeSyntaxModel(shipped, 'en');
    const again = loadSyntaxModel(encodeSyntaxModel(data), 'copy');
    const words = ['Officials', 'rejected', 'the', 'offer', '.'];
    assert.deepEqual(again.analyze(words), loadSyntaxModel(shipped, 'en').analyze(words));
  });

  const corrupt: Array<[string, Buffer, RegExp]> = [
    ['not gzip', Buffer.from('hello'), /m\.bin\.gz: not a gzip file/],
    ['gzip of something else', gzipSync(Buffer.from('{"a":1}')), /m\.bin\.gz: not an Atalaya syntax model/],
    ['truncated', gzipSync(Buffer.from(gunzipSync(shipped).subarray(0, 100_000))), /m\.bin\.gz: (truncated weights|unreadable model header)/],
  ];
  it('a missing file is an error naming it and how to make it again', () => {
    assert.throws(() => readSyntaxModel('/nonexistent/syntax-es.bin.gz', 'models/syntax-es.bin.gz', 'es'),
      /missing syntax model models\/syntax-es\.bin\.gz: .*scripts\/train-syntax\.ts es/);
  });

  for (const [what, bytes, error] of corrupt) {
    it(`a file that is ${what} is an error naming the file`, () => assert.throws(() => loadSyntaxModel(bytes, 'm.bin.gz'), error));
  }
});
