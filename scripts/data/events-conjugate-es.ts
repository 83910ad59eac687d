/**
 * Spanish verb forms for the event coder, generated at build time from an infinitive, its stem-change
 * class and (for irregular verbs) a model paradigm. Forms are accent-folded (the coder folds tokens the
 * same way), so accent placement never has to be right, and over-generating a form nobody writes costs
 * nothing: only forms that collide with real words matter, and the models leave those out.
 */

export type VerbTag = 'inf' | 'ger' | 'part' | 'pres' | 'past' | 'fut' | 'cond' | 'subj';

export type StemClass = 'ie' | 'ue' | 'i' | 'ie-i' | 'ue-u';

export type ModelTense = 'pres' | 'pret' | 'subj' | 'imperf' | 'fut' | 'part' | 'ger';

/** An irregular paradigm: six forms per tense (null where left out), or one stem/form. */
export interface VerbModel {
  base: string;
  prefixes: string[];
  six: Partial<Record<'pres' | 'pret' | 'subj' | 'imperf', (string | null)[]>>;
  fut?: string;
  part?: string;
  ger?: string;
}

const CLITICS = ['se', 'lo', 'la', 'los', 'las', 'le', 'les', 'nos', 'me', 'te'];

const END = {
  ar: {
    pres: ['o', 'as', 'a', 'amos', 'ais', 'an'],
    imperf: ['aba', 'abas', 'aba', 'abamos', 'abais', 'aban'],
    pret: ['e', 'aste', 'o', 'amos', 'asteis', 'aron'],
    subj: ['e', 'es', 'e', 'emos', 'eis', 'en'],
    ger: 'ando',
    part: 'ado',
  },
  er: {
    pres: ['o', 'es', 'e', 'emos', 'eis', 'en'],
    imperf: ['ia', 'ias', 'ia', 'iamos', 'iais', 'ian'],
    pret: ['i', 'iste', 'io', 'imos', 'isteis', 'ieron'],
    subj: ['a', 'as', 'a', 'amos', 'ais', 'an'],
    ger: 'iendo',
    part: 'ido',
  },
  ir: {
    pres: ['o', 'es', 'e', 'imos', 'is', 'en'],
    imperf: ['ia', 'ias', 'ia', 'iamos', 'iais', 'ian'],
    pret: ['i', 'iste', 'io', 'imos', 'isteis', 'ieron'],
    subj: ['a', 'as', 'a', 'amos', 'ais', 'an'],
    ger: 'iendo',
    part: 'ido',
  },
} as const;

const FUT = ['e', 'as', 'a', 'emos', 'eis', 'an'];
const COND = ['ia', 'ias', 'ia', 'iamos', 'iais', 'ian'];
const SUBJ_RA = ['ra', 'ras', 'ra', 'ramos', 'rais', 'ran'];
const SUBJ_SE = ['se', 'ses', 'se', 'semos', 'seis', 'sen'];
/** Persons whose stem carries the stress: 1s, 2s, 3s, 3p. */
const STRONG = [true, true, true, false, false, true];
/**
 * Persons generated: 3rd singular, 1st and 3rd plural. News prose hardly uses the others, and their forms
 * are nouns far more often than verbs ("apoyo", "diálogo", "protestas", "paro").
 */
const PERSONS = new Set([2, 3, 5]);

export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Replaces the last occurrence of `vowel` in `stem` (the stem-changing syllable). */
function changeLast(stem: string, vowel: string, to: string): string {
  const i = stem.lastIndexOf(vowel);
  return i < 0 ? stem : stem.slice(0, i) + to + stem.slice(i + 1);
}

/** Spelling changes that keep a consonant's sound before the ending's first vowel. */
function spell(stem: string, conj: 'ar' | 'er' | 'ir', ending: string, inf: string): string {
  const v = ending[0] ?? '';
  if (conj === 'ar') {
    if (v !== 'e') return stem;
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}qu`;
    if (stem.endsWith('g')) return `${stem}u`;
    if (stem.endsWith('z')) return `${stem.slice(0, -1)}c`;
    return stem;
  }
  if (v !== 'a' && v !== 'o') return stem;
  if (inf.endsWith('guir')) return stem.slice(0, -1);
  if (stem.endsWith('g')) return `${stem.slice(0, -1)}j`;
  if (/[aeiou]c$/.test(stem)) return `${stem}zc`.replace(/czc$/, 'zc');
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}z`;
  return stem;
}

/**
 * Forms of a verb by folded spelling, with their tags. `accented` collects the forms whose only source is
 * a slot written with an accent (the regular 3rd singular preterite "rechazó", the conditional
 * "incendiaría", the future "marchará"): in a text that writes accents, the same letters without one are
 * another word ("el rechazo", "una bomba incendiaria").
 */
export function conjugate(
  infinitive: string, stemClass: StemClass | null, model: VerbModel | null, accented: Set<string> = new Set(),
): Map<string, VerbTag[]> {
  const inf = fold(infinitive);
  const conj = inf.slice(-2) as 'ar' | 'er' | 'ir';
  if (conj !== 'ar' && conj !== 'er' && conj !== 'ir') throw new Error(`"${infinitive}" is not a Spanish infinitive`);
  const stem = inf.slice(0, -2);
  const end = END[conj];
  const out = new Map<string, VerbTag[]>();
  // Forms from slots written with an accent, and from all the others: accent-only = the first minus the second.
  const fromAccented = new Set<string>();
  const fromPlain = new Set<string>();
  const add = (form: string | null | undefined, tag: VerbTag, person = 2, accentedSlot = false): void => {
    if (!form || !PERSONS.has(person)) return;
    (accentedSlot ? fromAccented : fromPlain).add(form);
    const tags = out.get(form);
    if (!tags) out.set(form, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
  };
  const prefix = model ? inf.slice(0, inf.length - model.base.length) : '';
  const fromModel = (t: 'pres' | 'pret' | 'subj' | 'imperf'): (string | null)[] | null =>
    model?.six[t] ? model.six[t]!.map((f) => (f === null ? null : prefix + f)) : null;

  const uir = conj === 'ir' && /[^gq]uir$/.test(inf);
  const vowelStem = conj !== 'ar' && /[aeiou]$/.test(stem);
  const strong = (s: string): string => {
    if (stemClass === 'ie' || stemClass === 'ie-i') return changeLast(s, 'e', 'ie');
    if (stemClass === 'ue' || stemClass === 'ue-u') return s.lastIndexOf('o') >= 0 ? changeLast(s, 'o', 'ue') : changeLast(s, 'u', 'ue');
    if (stemClass === 'i') return changeLast(s, 'e', 'i');
    return s;
  };
  const weak = (s: string): string => {
    if (stemClass === 'i' || stemClass === 'ie-i') return changeLast(s, 'e', 'i');
    if (stemClass === 'ue-u') return changeLast(s, 'o', 'u');
    return s;
  };

  add(inf, 'inf');
  for (const c of CLITICS) add(inf + c, 'inf');

  const pres = fromModel('pres') ?? end.pres.map((e, p) => {
    const s = STRONG[p] ? strong(stem) : stem;
    if (uir && p !== 3 && p !== 4) return `${s}y${e}`;
    return spell(s, conj, e, inf) + e;
  });
  pres.forEach((f, p) => add(f, 'pres', p));

  const subj = fromModel('subj') ?? end.subj.map((e, p) => {
    const s = STRONG[p] ? strong(stem) : conj === 'ir' ? weak(stem) : stem;
    if (uir) return `${s}y${e}`;
    return spell(s, conj, e, inf) + e;
  });
  subj.forEach((f, p) => add(f, 'subj', p));

  (fromModel('imperf') ?? end.imperf.map((e) => stem + e)).forEach((f, p) => add(f, 'past', p));

  const pret = fromModel('pret') ?? end.pret.map((e, p) => {
    if (conj === 'ar') return spell(stem, conj, e, inf) + e;
    const s = p === 2 || p === 5 ? weak(stem) : stem;
    if ((vowelStem || uir) && (p === 2 || p === 5)) return s + e.replace(/^i/, 'y');
    return s + e;
  });
  const regularPret = !fromModel('pret');
  pret.forEach((f, p) => add(f, 'past', p, regularPret && p === 2));

  // The imperfect subjunctive is built on the 3rd person plural preterite (tuvieron -> tuviera, tuviese).
  const p3 = pret[5];
  if (p3?.endsWith('ron')) {
    const base = p3.slice(0, -3);
    for (let p = 0; p < 6; p++) {
      add(base + SUBJ_RA[p], 'subj', p);
      add(base + SUBJ_SE[p], 'subj', p);
    }
  }

  const fut = model?.fut ? prefix + model.fut : inf;
  for (let p = 0; p < 6; p++) {
    // The future's -á, -án and the conditional's -ía are written with accents: "incendiaria" is an adjective.
    add(fut + FUT[p], 'fut', p, p === 2 || p === 5);
    add(fut + COND[p], 'cond', p, true);
  }

  const ger = model?.ger ? prefix + model.ger : vowelStem || uir ? `${weak(stem)}yendo` : weak(stem) + end.ger;
  add(ger, 'ger');
  for (const c of CLITICS) add(ger + c, 'ger');

  const part = model?.part ? prefix + model.part : stem + end.part;
  const pstem = part.slice(0, -1);
  for (const e of ['o', 'a', 'os', 'as']) add(pstem + e, 'part');
  for (const f of fromAccented) if (!fromPlain.has(f)) accented.add(f);
  return out;
}
