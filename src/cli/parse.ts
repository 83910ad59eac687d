import type { Analysis } from '../core/analysis.js';
import { InputError } from '../core/errors.js';
import { detectLanguage } from '../language/detect.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { formatConllu, parseConllu, type ConlluSentence } from '../syntax/conllu.js';
import { syntaxModel, type SyntaxLang } from '../syntax/models.js';
import { readTextFile } from './read-file.js';

/**
 * Re-tags and re-parses a CoNLL-U file word for word: every word line keeps its ID, FORM, XPOS, DEPS and
 * MISC and gets the model's UPOS, LEMMA, FEATS, HEAD and DEPREL; comments, multiword-token ranges and
 * empty nodes pass through, so the output lines up with the input for the UD evaluation script.
 */
export function parseConlluFile(file: string, lang: SyntaxLang | null): string {
  const text = readTextFile(file);
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(text, file);
  } catch (err) {
    throw new InputError((err as Error).message.replace(`${file}:`, 'line '), file);
  }
  const language = lang ?? guessLanguage(sentences);
  const model = syntaxModel(language);
  for (const s of sentences) {
    const parsed = model.analyze(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      const p = parsed[i]!;
      Object.assign(w, { upos: p.upos, lemma: p.lemma, feats: p.feats, head: p.head, deprel: p.deprel });
    });
  }
  return formatConllu(sentences);
}

function guessLanguage(sentences: readonly ConlluSentence[]): SyntaxLang {
  const sample = sentences.slice(0, 50).map((s) => s.words.map((w) => w.form).join(' ')).join(' ');
  return detectLanguage(sample).lang === 'en' ? 'en' : 'es';
}

/** Plain text through the pipeline's own segmentation and tokenisation, printed as CoNLL-U. */
export function parseTextFile(file: string, lang: SyntaxLang | null): string {
  const text = readTextFile(file);
  const analysis = buildPipeline().analyze({ text, lang, sourceId: file }, { syntax: true });
  if (!analysis.syntax) {
    throw new InputError(`language ${analysis.document.lang}: no syntax model (pass --lang es or --lang en)`, file);
  }
  return formatConllu(analysisSentences(analysis));
}

/** An analysis's syntax layer as CoNLL-U sentences, with a range line for each multiword token. */
export function analysisSentences(a: Analysis): ConlluSentence[] {
  const syntax = a.syntax;
  if (!syntax) return [];
  const { words } = syntax;
  const text = a.document.text;
  const multiAt = new Map(syntax.multiwords.map((m) => [m.first, m]));
  const out: ConlluSentence[] = [];
  let i = 0;
  for (let s = 0; s < a.sentences.length; s++) {
    const first = i;
    while (i < words.length && words[i]!.sentence === s) i++;
    if (i === first) continue;
    const sent = a.sentences[s]!;
    const cs: ConlluSentence = {
      comments: [`# sent_id = ${s + 1}`, `# text = ${text.slice(sent.start, sent.end).replace(/\s+/g, ' ')}`],
      words: [], extra: [], line: 0,
    };
    // SpaceAfter=No goes on the last word of a token glued to the next one (on the range line for a multiword token).
    const glued = (end: number, next: number): boolean => next < i && words[next]!.start === end;
    let inMulti = -1;
    for (let k = first; k < i; k++) {
      const w = words[k]!;
      const m = multiAt.get(k);
      if (m) {
        inMulti = m.last;
        cs.extra.push({
          before: k - first,
          line: [`${k - first + 1}-${m.last - first + 1}`, text.slice(m.start, m.end), '_', '_', '_', '_', '_', '_', '_', glued(m.end, m.last + 1) ? 'SpaceAfter=No' : '_'].join('\t'),
        });
      }
      cs.words.push({
        form: w.form, lemma: w.lemma, upos: w.upos, xpos: '_', feats: w.feats,
        head: w.head < 0 ? 0 : w.head - first + 1, deprel: w.deprel, deps: '_',
        misc: k > inMulti && glued(w.end, k + 1) ? 'SpaceAfter=No' : '_',
      });
    }
    out.push(cs);
  }
  return out;
}
