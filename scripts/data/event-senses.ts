/**
 * Compiles the word-sense lines of the event coder (data/<lang>/events-senses.tsv and the word classes
 * they name, data/<lang>/events-sense-classes.tsv) into build/events/<lang>-senses.json. Every line is
 * checked: a known relation, class and UPOS, and a code prefix CAMEO has. A bad line stops the build with
 * file:line and the reason.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord } from '../../src/core/fold.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { SENSE_RELATIONS, type CompiledSense, type CompiledSenses, type SenseCondition, type SenseRelation } from '../../src/events/senses.js';
import type { DataBuilder } from './builder.js';
import { Lexicon } from './events.js';

const UPOS = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'ADP', 'PROPN']);

interface Row {
  where: string;
  cols: string[];
}

/** Tab-separated data rows; the first line must be a `# source:` header. */
function rows(relative: string): Row[] {
  const path = join(PROJECT_ROOT, relative);
  if (!existsSync(path)) throw new Error(`${relative}: file missing`);
  const lines = readFileSync(path, 'utf8').split('\n');
  if (!lines[0]?.startsWith('# source:')) throw new Error(`${relative}:1: the first line must be "# source: …" naming where the data comes from`);
  const out: Row[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() && !text.startsWith('#')) out.push({ where: `${relative}:${i + 1}`, cols: text.split('\t').map((c) => c.trim()) });
  });
  return out;
}

function col(row: Row, i: number, what: string): string {
  const v = row.cols[i];
  if (!v) throw new Error(`${row.where}: missing ${what} (column ${i + 1})`);
  return v;
}

function list(value: string): string[] {
  return value.split('|').map((w) => foldWord(w.trim())).filter(Boolean);
}

export function parseCondition(spec: string, classes: ReadonlySet<string>, where: string): SenseCondition {
  const negated = spec.startsWith('!');
  const body = negated ? spec.slice(1) : spec;
  if (body === 'reflexive') return { kind: 'reflexive', negated };
  const m = /^([a-z]+)(?:\/([^:]+))?:(!?)(.+)$/.exec(body);
  if (!m) throw new Error(`${where}: "${spec}" is not a condition (reflexive, REL[/CASE|CASE]:CLASS, with ! to negate)`);
  const [, rel, cases, outside, cls] = m as unknown as [string, string, string | undefined, string, string];
  if (!(SENSE_RELATIONS as readonly string[]).includes(rel)) throw new Error(`${where}: unknown relation "${rel}" (${SENSE_RELATIONS.join(', ')})`);
  if (cls !== '*' && cls !== 'mention' && !classes.has(cls)) throw new Error(`${where}: unknown word class "${cls}" (not in events-sense-classes.tsv)`);
  return { kind: 'dep', negated, rel: rel as SenseRelation, cases: cases ? list(cases) : null, cls, outside: outside === '!' };
}

export function buildSenses(lang: 'es' | 'en', knownCodes: ReadonlySet<string>): CompiledSenses {
  const classes: Record<string, string[]> = {};
  for (const r of rows(`data/${lang}/events-sense-classes.tsv`)) {
    const name = col(r, 0, 'class');
    if (classes[name]) throw new Error(`${r.where}: class "${name}" appears twice`);
    classes[name] = [...new Set(list(col(r, 1, 'lemmas')))];
  }
  const names = new Set(Object.keys(classes));
  const senses: CompiledSense[] = [];
  const ids = new Set<string>();
  const lexicon = new Lexicon(lang);
  for (const r of rows(`data/${lang}/events-senses.tsv`)) {
    const id = col(r, 0, 'id');
    if (!id.startsWith(`${lang}.sense.`)) throw new Error(`${r.where}: sense ids start with "${lang}.sense."`);
    if (ids.has(id)) throw new Error(`${r.where}: sense id "${id}" appears twice`);
    ids.add(id);
    const codes = col(r, 1, 'CAMEO codes').split('|');
    for (const c of codes) {
      if (!/^\d{2,4}$/.test(c) || ![...knownCodes].some((k) => k.startsWith(c))) throw new Error(`${r.where}: "${c}" is not the start of any CAMEO code`);
    }
    const uposSpec = col(r, 3, 'UPOS');
    const notUpos = uposSpec.startsWith('!');
    const upos = notUpos ? uposSpec.slice(1) : uposSpec;
    if (upos !== '*' && !UPOS.has(upos)) throw new Error(`${r.where}: UPOS must be one of ${[...UPOS].join(', ')}, with ! for "not", or *`);
    const spec = col(r, 4, 'conditions');
    // "-": the part of speech alone decides ("back" as an adverb is never support).
    const conditions = spec === '-' ? [] : spec.split(/\s+/).map((c) => parseCondition(c, names, r.where));
    if (conditions.length === 0 && upos === '*') throw new Error(`${r.where}: a line with no conditions must name a part of speech`);
    const lemmas = list(col(r, 2, 'lemmas'));
    // The parser's lemma of an irregular form can be wrong ("detuvieron" -> "detuvier"): the forms the
    // pattern compiler gives each lemma (a verb's conjugation, a noun's plural) identify the word too.
    const forms = new Set<string>();
    const line = { file: r.where.replace(/:\d+$/, ''), n: Number(r.where.replace(/^.*:/, '')), cols: r.cols };
    for (const l of lemmas) {
      forms.add(l);
      const verb = lang === 'en' ? /^[a-z-]+$/.test(l) : /(ar|er|ir)(se)?$/.test(l);
      for (const kind of verb ? (['v', 'n'] as const) : (['n', 'a'] as const)) for (const f of lexicon.lexemes[lexicon.lexeme(kind, l, line)]!) forms.add(f);
    }
    senses.push({ id, codes, lemmas, forms: [...forms], upos: upos === '*' ? null : upos, notUpos, conditions });
  }
  return { lang, classes, senses };
}

export const eventSensesBuilder: DataBuilder = {
  name: 'event-senses',
  build(outDir: string): void {
    const dir = join(outDir, 'events');
    mkdirSync(dir, { recursive: true });
    const known = new Set(rows('data/shared/cameo-codes.tsv').map((r) => col(r, 0, 'code')));
    for (const lang of ['es', 'en'] as const) writeFileSync(join(dir, `${lang}-senses.json`), JSON.stringify(buildSenses(lang, known)));
  },
};
