/**
 * Builds the event coder's tables (build/events/<lang>.json) from data/<lang>/events-*.tsv and the CAMEO
 * tables in data/shared/cameo-*.tsv: verb lemmas become every conjugated form, nouns their plurals, and
 * every pattern is checked against the CAMEO code list, which also gives its PLOVER type, mode,
 * Goldstein score and QuadClass. A bad line stops the build with file:line and the reason.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType, type QuadClass } from '../../src/core/analysis.js';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import {
  CUE_KINDS, type CameoInfo, type CompiledCue, type CompiledElement, type CompiledLanguage, type CompiledPattern,
  type CompiledPlace, type CompiledRoles, type CueKind, type VerbTag, verbTagMask,
} from '../../src/events/compiled.js';
import { conjugate, fold, type StemClass, type VerbModel } from './events-conjugate-es.js';
import { inflectNoun, inflectVerb, type IrregularVerb } from './events-inflect-en.js';

export interface Line {
  file: string;
  n: number;
  cols: string[];
}

const TAGS: readonly VerbTag[] = ['inf', 'ger', 'part', 'pres', 'past', 'fut', 'cond', 'subj'];
const STEM_CLASSES: readonly StemClass[] = ['ie', 'ue', 'i', 'ie-i', 'ue-u'];

class DataError extends Error {
  constructor(line: Line, reason: string) {
    super(`${line.file}:${line.n}: ${reason}`);
  }
}

/** Data lines of a TSV file: the first line must be a `# source:` header; `#` lines are comments. */
function readTsv(relative: string): Line[] {
  const path = join(PROJECT_ROOT, relative);
  if (!existsSync(path)) throw new Error(`${relative}: file missing`);
  const lines = readFileSync(path, 'utf8').split('\n');
  if (!lines[0]?.startsWith('# source:')) throw new Error(`${relative}:1: the first line must be "# source: …" naming where the data comes from`);
  const out: Line[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (!text.trim() || text.startsWith('#')) return;
    out.push({ file: relative, n: i + 1, cols: text.split('\t').map((c) => c.trim()) });
  });
  return out;
}

function col(line: Line, i: number, what: string): string {
  const v = line.cols[i];
  if (v === undefined || v === '') throw new DataError(line, `missing ${what} (column ${i + 1})`);
  return v;
}

function loadCameo(): Record<string, CameoInfo> {
  const goldstein = new Map<string, number>();
  for (const l of readTsv('data/shared/cameo-codes.tsv')) {
    const code = col(l, 0, 'code');
    const g = Number(col(l, 1, 'goldstein'));
    if (!/^\d{2,4}$/.test(code) || !Number.isFinite(g) || g < -10 || g > 10) throw new DataError(l, `bad code or Goldstein score`);
    goldstein.set(code, g);
  }
  const plover = new Map<string, { type: PloverType; mode: string | null }>();
  for (const l of readTsv('data/shared/cameo-plover.tsv')) {
    const code = col(l, 0, 'code');
    const type = col(l, 1, 'PLOVER type') as PloverType;
    if (!PLOVER_TYPES.includes(type)) throw new DataError(l, `"${type}" is not a PLOVER type`);
    // PLOVER's table names a few codes (0313, 0314, 0813 …) that GDELT's list lacks: no Goldstein score, not codable.
    if (!goldstein.has(code)) continue;
    const mode = col(l, 2, 'mode');
    plover.set(code, { type, mode: mode === '-' ? null : mode });
  }
  const quad = new Map<string, QuadClass>();
  for (const l of readTsv('data/shared/cameo-quadclass.tsv')) {
    const q = Number(col(l, 1, 'quad class'));
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new DataError(l, 'quad class must be 1 to 4');
    quad.set(col(l, 0, 'root'), q);
  }
  const intent = new Map<string, { intent: string | null; threat: string | null }>();
  for (const l of readTsv('data/shared/cameo-intent.tsv')) {
    const [i, t] = [col(l, 1, 'intent code'), col(l, 2, 'threat code')].map((c) => (c === '-' ? null : c));
    for (const c of [i, t]) if (c && !goldstein.has(c)) throw new DataError(l, `CAMEO code ${c} is not in cameo-codes.tsv`);
    intent.set(col(l, 0, 'root'), { intent: i ?? null, threat: t ?? null });
  }
  const out: Record<string, CameoInfo> = {};
  for (const [code, g] of goldstein) {
    const candidates = [code, code.slice(0, 3), `${code.slice(0, 2)}0`];
    const p = candidates.map((c) => plover.get(c)).find(Boolean);
    const q = quad.get(code.slice(0, 2));
    if (!p || !q) continue;
    const it = intent.get(code.slice(0, 2));
    out[code] = { type: p.type, mode: p.mode, goldstein: g, quadClass: q, intent: it?.intent ?? null, threat: it?.threat ?? null };
  }
  return out;
}

/** Lexemes: a verb, noun or adjective with all its forms, generated once per language. */
export class Lexicon {
  readonly lexemes: Record<string, string[]> = {};
  readonly verbTags: Record<string, VerbTag[]> = {};
  /** Verb forms only ever written with an accent (see conjugate()). */
  readonly accented = new Set<string>();
  /** Per verb lexeme, each form's own tags (verbTags mixes lexemes). */
  readonly formTags = new Map<string, Map<string, VerbTag[]>>();
  private readonly stemClasses = new Map<string, StemClass>();
  private readonly models: VerbModel[] = [];
  private readonly irregularEn = new Map<string, IrregularVerb>();

  /** Words never read as verb forms (cue kind "notverb"): left out of every verb's forms. */
  private readonly notVerb = new Set<string>();

  constructor(readonly lang: 'es' | 'en') {
    for (const l of readTsv(`data/${lang}/events-cues.tsv`)) {
      if (l.cols[0] !== 'notverb') continue;
      const spec = col(l, 1, 'pattern');
      if (!/^w:[^\s]+$/.test(spec)) throw new DataError(l, 'a notverb cue is one w:word|word element');
      for (const w of spec.slice(2).split('|')) this.notVerb.add(lang === 'es' ? fold(w) : w.toLowerCase());
    }
    if (lang === 'es') {
      for (const l of readTsv('data/es/events-stem-changes.tsv')) {
        const cls = col(l, 1, 'class') as StemClass;
        if (!STEM_CLASSES.includes(cls)) throw new DataError(l, `stem class must be one of ${STEM_CLASSES.join(', ')}`);
        this.stemClasses.set(fold(col(l, 0, 'infinitive')), cls);
      }
      const byBase = new Map<string, VerbModel>();
      for (const l of readTsv('data/es/events-verb-models.tsv')) {
        const base = fold(col(l, 0, 'base'));
        const tense = col(l, 2, 'tense');
        const forms = col(l, 3, 'forms').split(',').map((f) => (f.trim() === '-' ? null : fold(f.trim())));
        let m = byBase.get(base);
        if (!m) {
          const pre = col(l, 1, 'prefixes');
          m = { base, prefixes: pre === '-' ? [] : pre.split(/\s+/).map(fold), six: {} };
          byBase.set(base, m);
          this.models.push(m);
        }
        if (tense === 'pres' || tense === 'pret' || tense === 'subj' || tense === 'imperf') {
          if (forms.length !== 6) throw new DataError(l, `${tense} needs six forms`);
          m.six[tense] = forms;
        } else if (tense === 'fut' || tense === 'part' || tense === 'ger') {
          if (forms.length !== 1 || !forms[0]) throw new DataError(l, `${tense} needs one form`);
          m[tense] = forms[0];
        } else throw new DataError(l, `unknown tense "${tense}"`);
      }
    } else {
      for (const l of readTsv('data/en/events-irregular-verbs.tsv')) {
        const split = (s: string): string[] => s.split('|').map((x) => x.trim().toLowerCase()).filter(Boolean);
        this.irregularEn.set(col(l, 0, 'base').toLowerCase(), { past: split(col(l, 1, 'past')), part: split(col(l, 2, 'participle')) });
      }
    }
  }

  private model(inf: string): VerbModel | null {
    for (const m of this.models) {
      if (inf === m.base) return m;
      if (inf.endsWith(m.base) && m.prefixes.includes(inf.slice(0, inf.length - m.base.length))) return m;
    }
    return null;
  }

  /** The lexeme's key, generating its forms on first use. */
  lexeme(kind: 'v' | 'n' | 'a', lemma: string, line: Line): string {
    const word = this.lang === 'es' ? fold(lemma) : lemma.toLowerCase();
    const key = `${kind}:${word}`;
    if (this.lexemes[key]) return key;
    let forms: string[];
    if (kind === 'v') {
      let tags: Map<string, VerbTag[]>;
      if (this.lang === 'es') {
        const inf = word.endsWith('se') && /(ar|er|ir)se$/.test(word) ? word.slice(0, -2) : word;
        if (!/(ar|er|ir)$/.test(inf)) throw new DataError(line, `"${lemma}" is not a Spanish infinitive`);
        tags = conjugate(inf, this.stemClasses.get(inf) ?? null, this.model(inf), this.accented);
      } else {
        if (!/^[a-z-]+$/.test(word)) throw new DataError(line, `"${lemma}" is not an English verb`);
        tags = inflectVerb(word, this.irregularEn.get(word));
      }
      for (const f of this.notVerb) tags.delete(f);
      forms = [...tags.keys()];
      this.formTags.set(key, tags);
      for (const [f, ts] of tags) {
        const list = (this.verbTags[f] ??= []);
        for (const t of ts) if (!list.includes(t)) list.push(t);
      }
    } else if (kind === 'n') {
      forms = this.lang === 'es' ? spanishNoun(word) : inflectNoun(word);
    } else {
      forms = this.lang === 'es' ? spanishAdjective(word) : [word];
    }
    this.lexemes[key] = forms;
    return key;
  }
}

function spanishNoun(w: string): string[] {
  if (w.endsWith('s') || w.endsWith('x')) return [w];
  if (/[aeiou]$/.test(w)) return [w, `${w}s`];
  if (w.endsWith('z')) return [w, `${w.slice(0, -1)}ces`];
  return [w, `${w}es`];
}

function spanishAdjective(w: string): string[] {
  if (w.endsWith('o')) return [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`];
  if (w.endsWith('e')) return [w, `${w}s`];
  if (/(or|on|an|in)$/.test(w)) return [w, `${w}a`, `${w}es`, `${w}as`];
  return spanishNoun(w);
}

export function parseElements(spec: string, lex: Lexicon, line: Line): CompiledElement[] {
  const out: CompiledElement[] = [];
  for (const part of spec.split(/\s+/)) {
    const gap = /^~(\d*)$/.exec(part);
    if (gap) {
      if (out.length === 0) throw new DataError(line, 'a pattern cannot start with a gap');
      out.push({ k: 'gap', max: gap[1] ? Number(gap[1]) : 3 });
      continue;
    }
    const m = /^([vnaw]):([^/]+)(?:\/([a-z,]+))?$/.exec(part);
    if (!m) throw new DataError(line, `"${part}" is not a pattern element (v:verb, n:noun, a:adjective, w:word, ~ or ~N)`);
    const [, kind, alts, tagSpec] = m as unknown as [string, 'v' | 'n' | 'a' | 'w', string, string | undefined];
    let tags: VerbTag[] | null = null;
    if (tagSpec) {
      if (kind !== 'v') throw new DataError(line, `only verbs take /tags ("${part}")`);
      tags = tagSpec.split(',') as VerbTag[];
      for (const t of tags) if (!TAGS.includes(t)) throw new DataError(line, `unknown verb tag "${t}" (${TAGS.join(', ')})`);
    }
    const words = alts.split('|').filter(Boolean);
    if (kind === 'w') out.push({ k: 'tok', lex: [], words: words.map((w) => (lex.lang === 'es' ? fold(w) : w.toLowerCase())), tags: null });
    else if (tags) {
      // A verb restricted to some tenses lists exactly those forms.
      const forms = new Set<string>();
      for (const w of words) {
        for (const [f, ts] of lex.formTags.get(lex.lexeme(kind, w, line))!) if (ts.some((t) => tags!.includes(t))) forms.add(f);
      }
      out.push({ k: 'tok', lex: [], words: [...forms], tags });
    } else out.push({ k: 'tok', lex: words.map((w) => lex.lexeme(kind, w, line)), words: [], tags: null });
  }
  if (out[out.length - 1]?.k === 'gap') throw new DataError(line, 'a pattern cannot end with a gap');
  return out;
}

export function parseRoles(spec: string | undefined, line: Line, lang: 'es' | 'en'): CompiledRoles {
  const roles: CompiledRoles = { recipient: lang === 'es' ? ['a', 'obj'] : ['obj', 'to'], actor: [], subjectIsRecipient: false, subjectIsActor: false, mutual: false, stands: false, governs: 'none' };
  if (!spec || spec === '-') return roles;
  for (const part of spec.split(/\s+/)) {
    if (part.startsWith('R:')) roles.recipient = part === 'R:-' ? [] : part.slice(2).split('|').map((p) => (lang === 'es' ? fold(p) : p.toLowerCase()));
    else if (part.startsWith('A:')) roles.actor = part.slice(2).split('|').map((p) => (lang === 'es' ? fold(p) : p.toLowerCase()));
    else if (part === 'S:R') roles.subjectIsRecipient = true;
    else if (part === 'S:A') roles.subjectIsActor = true;
    else if (part === 'stands') roles.stands = true;
    else if (part === 'mutual') roles.mutual = true;
    else if (part === 'gov') roles.governs = 'plain';
    else if (part === 'gov:threat') roles.governs = 'threat';
    else throw new DataError(line, `unknown role "${part}" (R:prep|prep, R:-, A:prep|prep, S:R, S:A, mutual, stands, gov, gov:threat)`);
  }
  return roles;
}

function buildLanguage(lang: 'es' | 'en', cameo: Record<string, CameoInfo>): CompiledLanguage {
  const lex = new Lexicon(lang);
  const patterns: CompiledPattern[] = [];
  const ids = new Set<string>();
  for (const l of readTsv(`data/${lang}/events-patterns.tsv`)) {
    const id = col(l, 0, 'id');
    if (!id.startsWith(`${lang}.`)) throw new DataError(l, `pattern ids start with "${lang}."`);
    if (ids.has(id)) throw new DataError(l, `pattern id "${id}" appears twice`);
    ids.add(id);
    const code = col(l, 1, 'CAMEO code');
    if (code !== '-' && !cameo[code]) throw new DataError(l, `CAMEO code "${code}" has no PLOVER type or is unknown`);
    const confidence = l.cols[4] ? Number(l.cols[4]) : 0.7;
    if (!(confidence > 0 && confidence <= 1)) throw new DataError(l, 'confidence must be in (0, 1]');
    patterns.push({ id, cameo: code, elements: parseElements(col(l, 2, 'pattern'), lex, l), roles: parseRoles(l.cols[3], l, lang), confidence });
  }
  const cues: CompiledCue[] = [];
  for (const l of readTsv(`data/${lang}/events-cues.tsv`)) {
    const kind = col(l, 0, 'kind') as CueKind;
    if (!CUE_KINDS.includes(kind)) throw new DataError(l, `unknown cue kind "${kind}" (${CUE_KINDS.join(', ')})`);
    cues.push({ kind, elements: parseElements(col(l, 1, 'pattern'), lex, l) });
  }
  const places: CompiledPlace[] = [];
  for (const l of readTsv(`data/${lang}/events-places.tsv`)) {
    const names = col(l, 0, 'names').split('|').map((s) => s.trim()).filter(Boolean);
    const country = col(l, 1, 'country');
    const lat = Number(col(l, 2, 'latitude'));
    const lon = Number(col(l, 3, 'longitude'));
    if (!/^[A-Z]{3}$/.test(country)) throw new DataError(l, `"${country}" is not an ISO 3166-1 alpha-3 code`);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new DataError(l, 'latitude or longitude out of range');
    for (const name of names) {
      places.push({ tokens: name.split(/[\s-]+/).map((t) => (lang === 'es' ? fold(t) : t.toLowerCase())), name: names[0]!, country, lat, lon });
    }
  }
  // A form another verb produces without an accent is not accent-only.
  const accented = [...lex.accented];
  const verbTags: Record<string, number> = {};
  for (const [form, tags] of Object.entries(lex.verbTags)) verbTags[form] = verbTagMask(tags);
  return { lang, lexemes: lex.lexemes, verbTags, accented, patterns, cues, places, cameo };
}

export const eventsBuilder = {
  name: 'events',
  build(outDir: string): void {
    const dir = join(outDir, 'events');
    mkdirSync(dir, { recursive: true });
    const cameo = loadCameo();
    for (const lang of ['es', 'en'] as const) writeFileSync(join(dir, `${lang}.json`), JSON.stringify(buildLanguage(lang, cameo)));
  },
};
