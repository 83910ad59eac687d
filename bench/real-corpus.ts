/**
 * The bench's real-text corpus, built at bench time from the news text in ../shared/data (nothing of it is
 * kept in the project): the EFE wire stories of CoNLL-2002, the El Periódico / EFE stories of AnCora, and
 * in English GUM's documents, EWT's blog and newsgroup posts and the PLOVER sentences. Documents stay
 * whole and in order; consecutive documents of one source are joined until an article reaches a typical
 * length (3-5 KB of story), and a document longer than that is cut between paragraphs.
 */
import { readFileSync } from 'node:fs';
import { DATA_ROOT } from '../eval/harness.js';
import { conllDocuments, isDateline, parseConll } from '../src/ner/conll.js';
import { closesPrevious, detokenize } from './detokenize.js';
import { pageClutter, random, type ClutterLang } from './page-clutter.js';

/** One document of a source: its paragraphs as running text. */
export interface RealDocument {
  paragraphs: string[];
}

/** A base article: a title and the paragraphs of one or more consecutive documents of one source. */
export interface RealArticle {
  lang: ClutterLang;
  source: string;
  title: string;
  paragraphs: string[];
}

/** Story text per article, in characters (UTF-16 units; about bytes for this text). */
export const ARTICLE_MIN_CHARS = 3000;
export const ARTICLE_MAX_CHARS = 5000;
/** Sentences of a source without paragraph marks are gathered into paragraphs of about this length. */
const PARAGRAPH_CHARS = 300;
/** A headline is the opening words of the story's first sentence. */
const TITLE_WORDS = 12;

interface Source {
  file: string;
  lang: ClutterLang;
  read: (text: string, file: string) => RealDocument[];
}

const SOURCES: Source[] = [
  { file: 'conll2002-es/esp.train', lang: 'es', read: readConll },
  { file: 'conll2002-es/esp.testa', lang: 'es', read: readConll },
  { file: 'ud-spanish/es_ancora-ud-dev.conllu', lang: 'es', read: (t, f) => readConllu(t, f, null) },
  { file: 'ud-spanish/es_ancora-ud-test.conllu', lang: 'es', read: (t, f) => readConllu(t, f, null) },
  { file: 'ud-english/en_gum-news-ud-dev.conllu', lang: 'en', read: (t, f) => readConllu(t, f, null) },
  { file: 'ud-english/en_gum-news-ud-test.conllu', lang: 'en', read: (t, f) => readConllu(t, f, null) },
  // EWT's reviews, answers and e-mails are not news-like prose; its blog and newsgroup posts are.
  { file: 'ud-english/en_ewt-ud-dev.conllu', lang: 'en', read: (t, f) => readConllu(t, f, /^(?:weblog|newsgroup)-/) },
  { file: 'ud-english/en_ewt-ud-test.conllu', lang: 'en', read: (t, f) => readConllu(t, f, /^(?:weblog|newsgroup)-/) },
  { file: 'plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json', lang: 'en', read: readPlover },
];

/** Sentences gathered into paragraphs of about PARAGRAPH_CHARS. */
function paragraphsOf(sentences: readonly string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    cur = cur ? `${cur} ${s}` : s;
    if (cur.length >= PARAGRAPH_CHARS) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** CoNLL-2002: wire stories split at their agency datelines; the dateline opens the first paragraph ("Lima, 3 jun (EFE).- …"). */
export function readConll(text: string, file: string): RealDocument[] {
  const docs: RealDocument[] = [];
  for (const doc of conllDocuments(parseConll(text, file, false))) {
    const sentences: string[] = [];
    const open = new Set<string>();
    let dateline = '';
    for (const s of doc) {
      // The wire's "-" after a dateline and its "=====" separators are not sentences.
      if (s.tokens.length === 1 && /^(?:-+|=+)$/.test(s.tokens[0]!)) continue;
      const joins = sentences.length > 0 && closesPrevious(s.tokens[0]!, open);
      const line = detokenize(s.tokens, open);
      if (joins) sentences[sentences.length - 1] += line;
      else if (sentences.length === 0 && !dateline && isDateline(s.tokens)) dateline = line;
      else if (dateline) {
        sentences.push(`${dateline}- ${line}`);
        dateline = '';
      } else sentences.push(line);
    }
    if (sentences.length) docs.push({ paragraphs: paragraphsOf(sentences) });
  }
  return docs;
}

/**
 * CoNLL-U: the `# text =` of each sentence; documents at `# newdoc` or, without them, at a change of the
 * document part of `# orig_file_sentence` (AnCora: "001#4"); paragraphs at `# newpar`, else gathered.
 * With `keep`, only the documents whose id it matches.
 */
export function readConllu(text: string, file: string, keep: RegExp | null): RealDocument[] {
  const docs: Array<{ id: string; paragraphs: string[][] }> = [];
  const hasPars = /^# newpar\b/m.test(text);
  let origDoc = '';
  let newDoc: string | null = null;
  let newPar = false;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line.startsWith('#')) continue;
    if (line.startsWith('# newdoc')) newDoc = line.replace(/^# newdoc(?:\s+id\s*=)?\s*/, '').trim() || `${file}:${lineNo}`;
    else if (line.startsWith('# newpar')) newPar = true;
    else if (line.startsWith('# orig_file_sentence')) origDoc = line.replace(/^# orig_file_sentence\s*/, '').split('#')[0]!.trim();
    else if (/^# text\s*=/.test(line)) {
      const sentence = line.replace(/^# text\s*=\s*/, '').trim();
      if (!sentence) throw new Error(`${file}:${lineNo}: empty "# text ="`);
      const last = docs[docs.length - 1];
      const id = newDoc ?? (origDoc || (last?.id ?? ''));
      if (!last || newDoc !== null || id !== last.id) docs.push({ id, paragraphs: [[]] });
      else if (newPar) last.paragraphs.push([]);
      const doc = docs[docs.length - 1]!;
      doc.paragraphs[doc.paragraphs.length - 1]!.push(sentence);
      newDoc = null;
      newPar = false;
      origDoc = '';
    }
  }
  return docs
    .filter((d) => keep === null || keep.test(d.id))
    .map((d) => ({ paragraphs: hasPars ? d.paragraphs.filter((p) => p.length).map((p) => p.join(' ')) : paragraphsOf(d.paragraphs.flat()) }));
}

/** PLOVER's records: one sentence each, in file order (its DOCUMENT records carry no text). */
export function readPlover(text: string, file: string): RealDocument[] {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(records)) throw new Error(`${file}: expected an array of records`);
  return records.flatMap((r) => {
    const t = (r as { text?: unknown }).text;
    return typeof t === 'string' && t.trim() ? [{ paragraphs: [t.trim()] }] : [];
  });
}

const length = (paragraphs: readonly string[]): number => paragraphs.reduce((n, p) => n + p.length + 2, 0);

/** The story's first sentence, past a wire dateline, cut to a headline's length without its final stop. */
export function headlineOf(paragraph: string): string {
  const lead = paragraph.replace(/^[^\n]{0,80}?\)\.-\s*/u, '');
  const sentence = lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  const words = sentence.split(/\s+/);
  const cut = words.slice(0, TITLE_WORDS);
  // A headline does not stop on "de", "que", "the"…: short lower-case words are dropped from its end.
  while (cut.length > 3 && /^\p{Ll}{1,4}[,;:]?$/u.test(cut[cut.length - 1]!)) cut.pop();
  return cut.join(' ').replace(/[\s,;:.(«"“-]+$/u, '');
}

/**
 * Documents joined (or cut) into articles of ARTICLE_MIN_CHARS to ARTICLE_MAX_CHARS of story, each with
 * a headline. The length aimed at varies per article (`seed`), as real lengths do; a short tail left at
 * the end of a source joins the article before it.
 */
export function groupArticles(docs: readonly RealDocument[], lang: ClutterLang, source: string, seed = 1): RealArticle[] {
  const r = random(seed);
  const target = (): number => ARTICLE_MIN_CHARS + Math.floor(r() * (ARTICLE_MAX_CHARS - ARTICLE_MIN_CHARS));
  const out: string[][] = [];
  let cur: string[] = [];
  let aim = target();
  const flush = (): void => {
    if (cur.length) out.push(cur);
    cur = [];
    aim = target();
  };
  for (const doc of docs) {
    const whole = length(doc.paragraphs);
    // A document that does not fit what is left starts the next article, unless the article is still
    // short of a typical length or the document too long for any: then it is cut between paragraphs.
    if (cur.length && length(cur) >= ARTICLE_MIN_CHARS && length(cur) + whole > ARTICLE_MAX_CHARS && whole <= ARTICLE_MAX_CHARS) flush();
    for (const p of doc.paragraphs) {
      if (cur.length && length(cur) + p.length > ARTICLE_MAX_CHARS) flush();
      cur.push(p);
    }
    if (length(cur) >= aim) flush();
  }
  if (cur.length) {
    if (length(cur) < ARTICLE_MIN_CHARS && out.length) out[out.length - 1]!.push(...cur);
    else out.push(cur);
  }
  return out.map((paragraphs) => ({ lang, source, title: headlineOf(paragraphs[0]!), paragraphs }));
}

export interface RealCorpus {
  articles: RealArticle[];
  /** Base articles per source file. */
  sources: Record<string, number>;
  /** Files that were absent or unreadable, each with its reason. */
  problems: string[];
}

/** Every source's articles, in a fixed order; a missing or broken file is reported and skipped. */
export function loadRealCorpus(root = DATA_ROOT): RealCorpus {
  const articles: RealArticle[] = [];
  const sources: Record<string, number> = {};
  const problems: string[] = [];
  for (const s of SOURCES) {
    let text: string;
    try {
      text = readFileSync(root + s.file, 'utf8');
    } catch {
      problems.push(`${s.file}: absent`);
      continue;
    }
    try {
      const got = groupArticles(s.read(text, s.file), s.lang, s.file);
      sources[s.file] = got.length;
      articles.push(...got);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return { articles, sources, problems };
}

/** A number shifted by the article's index (days stay days), so repeated base articles are new texts. */
const shiftNumbers = (text: string, i: number): string => text.replace(/\b(\d{1,2})\b/g, (d) => String(((Number(d) + i) % 28) + 1));

/** The headline of another base article in the same language, for article i's related-story link. */
function otherHeadline(articles: readonly RealArticle[], i: number): string {
  const a = articles[i % articles.length]!;
  for (let k = 1; k < articles.length; k++) {
    const b = articles[(i * 7 + 3 * k) % articles.length]!;
    if (b !== a && b.lang === a.lang) return b.title;
  }
  return a.title;
}

/**
 * Article i of a stream built from `articles` (cycled, so any `count` can be asked for): its headline,
 * its story with page clutter (bench/page-clutter.ts) under the title, between paragraphs and at the
 * end, and, from the second pass over the base articles on, its numbers shifted.
 */
export function realArticleText(articles: readonly RealArticle[], i: number): string {
  const a = articles[i % articles.length]!;
  const clutter = pageClutter(a.lang, i, otherHeadline(articles, i));
  const blocks: string[] = [a.title];
  for (const c of clutter) if (c.at === 'top') blocks.push(c.text);
  const inside = clutter.filter((c) => c.at === 'inside');
  // Clutter goes between paragraphs, never before the first (a lead is where the story starts).
  const gaps = Math.max(1, a.paragraphs.length - 1);
  a.paragraphs.forEach((p, k) => {
    blocks.push(p);
    for (let j = 0; j < inside.length; j++) if (Math.floor(((j + 1) * gaps) / (inside.length + 1)) === k) blocks.push(inside[j]!.text);
  });
  for (const c of clutter) if (c.at === 'end') blocks.push(c.text);
  const text = blocks.join('\n\n');
  return i < articles.length ? text : shiftNumbers(text, Math.floor(i / articles.length));
}

/** `count` articles of the real corpus from index `from`, made lazily (a long run never holds them all). */
export function* generateRealCorpus(articles: readonly RealArticle[], count: number, from = 0): Generator<string> {
  if (articles.length === 0) throw new Error('the real corpus has no articles');
  for (let i = from; i < from + count; i++) yield realArticleText(articles, i);
}
