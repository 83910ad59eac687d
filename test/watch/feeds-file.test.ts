import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedsFile } from '../../src/watch/feeds-file.js';

describe('parseFeedsFile', () => {
  const good: Array<[string, string, Array<{ url: string; lang: string | null; country: string | null; where: string }>]> = [
    ['one URL', 'https://diario.example/rss', [{ url: 'https://diario.example/rss', lang: null, country: null, where: 'f.txt:1' }]],
    [
      'hints, comments and blank lines',
      '# my feeds\n\nhttps://a.example/feed lang=es country=mx  # Mexico\nhttp://b.example/atom.xml lang=en\n',
      [
        { url: 'https://a.example/feed', lang: 'es', country: 'MX', where: 'f.txt:3' },
        { url: 'http://b.example/atom.xml', lang: 'en', country: null, where: 'f.txt:4' },
      ],
    ],
    ['a fragment is not a comment', 'https://a.example/feed#top\r\n', [{ url: 'https://a.example/feed#top', lang: null, country: null, where: 'f.txt:1' }]],
  ];
  for (const [what, text, feeds] of good) {
    it(`reads ${what}`, () => {
      const got = parseFeedsFile(text, 'f.txt');
      assert.deepEqual(got.errors, []);
      assert.deepEqual(got.feeds, feeds);
    });
  }

  const bad: Array<[string, string, string]> = [
    ['a word that is not a URL', 'noticias', 'f.txt:1: "noticias" is not a URL'],
    ['another scheme', 'ftp://a.example/feed', 'f.txt:1: "ftp://a.example/feed" is not an http(s) URL'],
    ['a bad language', 'https://a.example/ lang=fr', 'f.txt:1: lang must be es or en, not "fr"'],
    ['a bad country', 'https://a.example/ country=Mexico', 'f.txt:1: country must be an ISO 3166 code (MX, MEX), not "Mexico"'],
    ['an unknown hint', 'https://a.example/ region=norte', 'f.txt:1: unknown hint "region=norte" (expected lang=es|en or country=CODE)'],
    ['a URL named twice', 'https://a.example/\n# again\nhttps://a.example/', 'f.txt:3: the feed is already named at f.txt:1'],
  ];
  for (const [what, text, message] of bad) {
    it(`reports ${what} on one line naming file:line`, () => {
      const got = parseFeedsFile(text, 'f.txt');
      assert.deepEqual(got.errors.map((e) => e.describe()), [message]);
    });
  }

  it('keeps the good lines around a bad one', () => {
    const got = parseFeedsFile('https://a.example/\nbad line\nhttps://b.example/', 'f.txt');
    assert.deepEqual(got.feeds.map((f) => f.url), ['https://a.example/', 'https://b.example/']);
    assert.equal(got.errors.length, 1);
  });
});
