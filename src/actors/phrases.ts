import type { Actor, EntityType, Sector } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { Tracer } from '../core/tracer.js';
import type { EntryKind, LexEntry, RoleInfo } from './compiled.js';
import { actorOf, newDraft, type Draft, type Gender, type Intro, type Need } from './draft.js';
import type { ActorLexicon } from './lexicon.js';
import { continueAcross, type LexItem, type TokenKeys } from './match.js';
import { TokenCase } from './normalize.js';
import { documentHolder, officesOn, OFFICE_UNDATED, termOn } from './offices.js';

/**
 * Turns the lexicon matches of one sentence into mention drafts: names (people, countries, capitals,
 * seats of power, organisations, places); roles qualified by a demonym, a country, an institution or an
 * organisation ("el canciller alemán", "la policía de Colombia", "el jefe del Kremlin", "Russian
 * President", "China's foreign minister"); coordinated qualifiers ("los primeros ministros británico y
 * canadiense", "los presidentes de Rusia y de China"); roles in front of names as titles ("el presidente
 * Donald Trump") or appositions ("el presidente ruso, Vladímir Putin"); descriptors and groups that
 * coreference resolves later ("el líder ruso", "el país asiático", "ambos países"); lone demonyms; and
 * the NER model's names where the lexicon found none.
 */

const NAME_KINDS = new Set<EntryKind>(['person', 'org', 'institution', 'country', 'capital', 'place', 'epithet']);
const COUNTRYISH = new Set<EntryKind>(['country', 'capital', 'epithet']);
const ADJ_KINDS = new Set<EntryKind>(['demonym', 'epithet-adj']);
type Lang2 = 'es' | 'en';
/** Tokens after which a word opens a clause as if it began the sentence. */
const LETTER_START = /^\p{L}/u;
const OPENERS = new Set(['¿', '¡', '«', '"', '“', "'", '‘', '(', ':', '—', '–', '-', '|', '•']);
/** Person roles that stand alone only as descriptors of someone already named ("el presidente"). */
const DESCRIPTOR_SECTORS = new Set<Sector>(['GOV', 'ELI', 'LEG', 'JUD']);
/** Segment kinds whose mentions are not antecedents: they belong to other stories or to the page. */
const OUTSIDE_STORY = new Set(['teaser', 'boilerplate', 'byline']);

export interface ModelSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface SentenceInput {
  doc: Doc;
  lex: ActorLexicon;
  tk: TokenKeys;
  /** Token range of the sentence. */
  from: number;
  to: number;
  sentence: number;
  items: readonly LexItem[];
  /** The NER model's names in the sentence (token ranges). */
  names: readonly ModelSpan[];
  date: string | null;
  /** For an undated article, the latest date its text gives (see documentHolder). */
  ceiling: string | null;
  /** People already named in the document (lexicon person indexes). */
  seenPersons: Set<number>;
  /** Per-token buffers over the whole document, allocated once per document: -1 and 0 where unused. */
  buffers: PhraseBuffers;
  trace: Tracer;
}

/** Scratch space over a document's tokens: the lexicon item at each token, and whether a phrase took it. */
export interface PhraseBuffers {
  itemAt: Int32Array;
  taken: Uint8Array;
}

export function phraseBuffers(tokens: number): PhraseBuffers {
  return { itemAt: new Int32Array(tokens).fill(-1), taken: new Uint8Array(tokens) };
}

interface Target {
  code: string;
  start: number;
  end: number;
}

/** What qualifies a role: countries (one per coordinated demonym or "de X"), an institution, an organisation, a region, a person. */
interface Qualifier {
  countries: Target[];
  org: { code: string | null; country: string | null; sector: Sector | null } | null;
  institution: { country: string; sector: Sector; headOffice: string | null } | null;
  region: number | null;
  person: number | null;
}

const emptyQualifier = (): Qualifier => ({ countries: [], org: null, institution: null, region: null, person: null });

export function sentenceDrafts(input: SentenceInput): Draft[] {
  if (input.items.length === 0 && input.names.length === 0) return [];
  return new SentencePhrases(input).run();
}

class SentencePhrases {
  private readonly drafts: Draft[] = [];
  /** What a role in front of a name says about it, by the name's first token. */
  private readonly intros = new Map<number, Intro>();
  private readonly lang: Lang2;
  private readonly entries: readonly LexEntry[];
  private readonly itemAt: Int32Array;
  private titleCaseMemo = -1;
  /** Tokens a mention or a role phrase covers. */
  private readonly taken: Uint8Array;
  /** Items a phrase already used (the demonym after a role, the country after "de"). */
  private readonly used: Uint8Array;
  private readonly outsideStory: boolean;

  constructor(private readonly s: SentenceInput) {
    this.lang = s.doc.lang === 'en' ? 'en' : 'es';
    this.entries = s.lex.data.entries;
    this.itemAt = s.buffers.itemAt;
    this.taken = s.buffers.taken;
    for (let k = 0; k < s.items.length; k++) {
      const it = s.items[k]!;
      for (let t = it.start; t < it.end; t++) this.itemAt[t] = k;
    }
    this.used = new Uint8Array(s.items.length);
    const sentence = s.doc.sentences[s.sentence];
    this.outsideStory = sentence !== undefined && OUTSIDE_STORY.has(s.doc.segments[sentence.segment]?.kind ?? 'body');
  }

  run(): Draft[] {
    for (let k = 0; k < this.s.items.length; k++) if (!this.used[k]) this.at(k);
    this.modelNames();
    this.drafts.sort((a, b) => a.start - b.start || a.end - b.end);
    return this.drafts;
  }

  private at(k: number): void {
    const e = this.primary(k);
    if (e.kind === 'quantifier') this.quantifier(k);
    else if (e.kind === 'role') this.role(k, emptyQualifier(), this.s.items[k]!.start);
    else if (this.lang === 'en' && this.englishPremodifier(k)) return;
    else if (NAME_KINDS.has(e.kind)) this.name(k);
    else if (ADJ_KINDS.has(e.kind)) this.demonym(k);
  }

  // ---- token and item helpers

  /** The gender the determiner of a role starting at token t gives it ("la ministra", "del canciller"), if any. */
  private genderAt(t: number): Gender | null {
    const w = this.s.lex.words;
    for (let k = Math.max(t - 1, this.s.from); k <= t && k < this.s.to; k++) {
      const key = this.key(k);
      if (w.feminine.has(key)) return 'f';
      if (w.masculine.has(key)) return 'm';
    }
    return null;
  }

  private key(t: number): string {
    return t >= this.s.from && t < this.s.to ? this.s.tk.keys[t]! : '';
  }

  private isWord(t: number): boolean {
    return t >= this.s.from && t < this.s.to && this.s.doc.tokens[t]!.kind === 'word';
  }

  /** Whether token t is the first word of the sentence or of a quoted or introduced clause. */
  private startsClause(t: number): boolean {
    for (let p = t - 1; p >= this.s.from; p--) {
      const tok = this.s.doc.tokens[p]!;
      if (tok.kind === 'word' || tok.kind === 'number' || !OPENERS.has(tok.text)) return false;
      return true;
    }
    return true;
  }

  /** A capitalised word outside any lexicon match or date ("Tuesday", "Mayo") that does not open the sentence: part of another name. */
  private strayCapital(t: number): boolean {
    if (!this.isWord(t) || this.s.tk.cases[t] === TokenCase.Lower) return false;
    if (this.itemAt[t]! >= 0 || this.inTime(t)) return false;
    return !this.startsClause(t);
  }

  private inTime(t: number): boolean {
    const { start } = this.s.doc.tokens[t]!;
    for (const x of this.s.doc.times) if (x.start <= start && start < x.end) return true;
    return false;
  }

  /** Headline style, where capitals say nothing about names: most longer words outside lexicon matches are capitalised. */
  private get titleCase(): boolean {
    if (this.titleCaseMemo < 0) this.titleCaseMemo = this.isTitleCase() ? 1 : 0;
    return this.titleCaseMemo === 1;
  }

  private isTitleCase(): boolean {
    let long = 0;
    let caps = 0;
    let words = 0;
    let upper = 0;
    for (let t = this.s.from; t < this.s.to; t++) {
      const tok = this.s.doc.tokens[t]!;
      if (tok.kind !== 'word' || tok.text.length < 2) continue;
      words++;
      if (this.s.tk.cases[t] === TokenCase.Upper) upper++;
      if (tok.text.length < 4 || this.itemAt[t]! >= 0) continue;
      long++;
      if (this.s.tk.cases[t] !== TokenCase.Lower) caps++;
    }
    // A headline in capitals ("POLICÍA DE PERÚ DETIENE A LÍDER COCALERO") says nothing about names either.
    return (long >= 3 && caps / long >= 0.75) || (words >= 3 && upper === words);
  }

  private itemStartingAt(t: number): number {
    if (t < this.s.from || t >= this.s.to) return -1;
    const k = this.itemAt[t]!;
    return k >= 0 && this.s.items[k]!.start === t && !this.used[k] ? k : -1;
  }

  private entry(k: number, kinds: ReadonlySet<EntryKind> | EntryKind): LexEntry | null {
    const it = this.s.items[k];
    if (!it) return null;
    for (const e of it.entries) {
      const entry = this.entries[e]!;
      if (typeof kinds === 'string' ? entry.kind === kinds : kinds.has(entry.kind)) return entry;
    }
    return null;
  }

  private primary(k: number): LexEntry {
    return this.entries[this.s.items[k]!.entries[0]!]!;
  }

  private via(e: LexEntry): string {
    return this.s.lex.via(e);
  }

  private draft(tokStart: number, tokEnd: number, type: EntityType, actor: Actor | null, via: string): Draft {
    const { tokens } = this.s.doc;
    return newDraft(tokens[tokStart]!.start, tokens[tokEnd - 1]!.end, tokStart, tokEnd, this.s.sentence, type, actor, via);
  }

  /**
   * The span of the i-th of several coordinated targets of one role: the role goes with the first in
   * Spanish ("primeros ministros británico" + "canadiense") and with the last in English ("British" +
   * "Canadian prime ministers"); one target takes the whole phrase.
   */
  private targetDraft(targets: readonly Target[], i: number, start: number, end: number, type: EntityType, actor: Actor | null, via: string): Draft {
    const t = targets[i];
    if (!t || targets.length < 2) return this.draft(start, end, type, actor, via);
    if (this.lang === 'en') return this.draft(i === 0 ? start : t.start, i === targets.length - 1 ? end : t.end, type, actor, via);
    return this.draft(i === 0 ? start : t.start, t.end, type, actor, via);
  }

  private take(a: number, b: number): void {
    for (let t = a; t < b; t++) this.taken[t] = 1;
  }

  private push(d: Draft): Draft {
    d.outsideStory = this.outsideStory;
    this.drafts.push(d);
    this.take(d.tokStart, d.tokEnd);
    return d;
  }

  private countryActor(code: string, sector: Sector | null = null): Actor {
    return actorOf({ country: code, sector, name: this.s.lex.countryName(code) });
  }

  private record(rule: string, a: number, b: number, detail: () => string): void {
    if (!this.s.trace.enabled) return;
    const { tokens } = this.s.doc;
    this.s.trace.record(rule, tokens[a]!.start, tokens[b - 1]!.end, detail);
  }

  // ---- names

  /** Why a name match is not a name here, or null when it is. */
  private nameRejected(k: number, e: LexEntry): string | null {
    const it = this.s.items[k]!;
    const single = it.end - it.start === 1;
    if (!this.titleCase) {
      if (this.strayCapital(it.end)) return 'followed by another capitalised word';
      // "Sánchez de Lozada", "Fernández de Córdoba": a surname that goes on with "de" and another name is someone else.
      if (single && e.kind === 'person' && this.s.lex.words.of.has(this.key(it.end)) && this.strayCapital(it.end + 1)) return 'a surname continued by "de" and another name';
      if (single && this.strayCapital(it.start - 1)) return 'preceded by another capitalised word';
    }
    // "la vereda Buenos Aires", "el barrio Egipto", "la avenida Venezuela": the name of a street or a district.
    if (it.start > this.s.from && this.s.lex.words.locality.has(this.key(it.start - 1))) return 'names a street or a district';
    if (single && e.kind === 'person' && this.inLongerName(it.start, it.end)) return 'part of a longer name the model found';
    if (single && this.s.lex.nameWords.has(this.key(it.start))) {
      if (this.startsClause(it.start)) return 'a common word opening the sentence';
      if (e.kind === 'person' && !this.s.seenPersons.has(e.ref) && !this.intros.has(it.start)) return 'a common word not yet introduced as this name';
    }
    return null;
  }

  /**
   * Whether the model found a person's name over tokens [start, end) and more capitalised words outside
   * the lexicon ("Juan Chávez" at the start of a sentence, where capitals alone say nothing): someone else.
   */
  private inLongerName(start: number, end: number): boolean {
    for (const n of this.s.names) {
      if (n.type !== 'PER' || n.start > start || n.end < end || n.end - n.start === end - start) continue;
      let other = true;
      for (let t = n.start; t < n.end && other; t++) {
        if (t >= start && t < end) continue;
        other = this.isWord(t) && this.s.tk.cases[t] !== TokenCase.Lower && this.itemAt[t]! < 0;
      }
      if (other) return true;
    }
    return false;
  }

  private name(k: number): void {
    const it = this.s.items[k]!;
    const e = this.primary(k);
    const why = this.nameRejected(k, e);
    if (why) {
      this.record('actors.name.rejected', it.start, it.end, () => `${e.form}: ${why}`);
      return;
    }
    if (e.kind === 'person') {
      if (this.lang !== 'en' || !this.namedBody(k)) this.person(k, e);
      return;
    }
    const data = this.s.lex.data;
    const via = this.via(e);
    let d: Draft;
    if (e.kind === 'org') {
      const o = data.orgs[e.ref]!;
      d = this.draft(it.start, it.end, 'ORG', actorOf({ org: o.org, country: o.country, sector: o.sector, name: o.name }), via);
    } else if (e.kind === 'institution') {
      const inst = data.institutions[e.ref]!;
      d = this.draft(it.start, it.end, inst.type, actorOf({ country: inst.country, sector: inst.sector, name: inst.name }), via);
      d.plainName = true;
    } else if (e.kind === 'place') {
      const p = data.places[e.ref]!;
      d = this.draft(it.start, it.end, 'LOC', p.country ? this.countryActor(p.country) : null, via);
      d.plainName = true;
      d.venue = p.venue;
    } else {
      const acting = e.kind === 'capital' && this.actsAsSubject(it.start, it.end);
      d = this.draft(it.start, it.end, 'LOC', this.countryActor(data.countries[e.ref]!.iso3, acting ? 'GOV' : null), via);
      if (acting) this.record('actors.capital.metonym', it.start, it.end, () => `${e.form} acts: its government`);
      d.plainName = true;
    }
    this.push(d);
  }

  private person(k: number, e: LexEntry): void {
    const it = this.s.items[k]!;
    const p = this.s.lex.data.persons[e.ref]!;
    const term = termOn(p, this.s.date);
    const intro = this.intros.get(it.start);
    const actor = actorOf({
      country: term?.country ?? intro?.country ?? null, org: term?.org ?? intro?.org ?? null,
      sector: term?.sector ?? intro?.sector ?? null, name: p.name, wikidata: p.wikidata,
    });
    const d = this.draft(it.start, it.end, 'PER', actor, this.via(e));
    d.person = e.ref;
    d.offices = officesOn(p, this.s.date);
    d.isName = true;
    d.gender = intro?.gender ?? null;
    this.push(d);
    this.s.seenPersons.add(e.ref);
  }

  /**
   * A capital that acts names its government ("Moscú advirtió", "Washington on Monday rejected"): it
   * opens a clause (the sentence, or after a comma, "y", "que"), and a lowercase word follows that does
   * not continue a place phrase ("Moscú en invierno", "Washington y Pekín", "Cairo's").
   */
  private actsAsSubject(start: number, end: number): boolean {
    const w = this.s.lex.words;
    const before = this.key(start - 1);
    if (!this.startsClause(start) && before !== ',' && !w.and.has(before) && !w.subordinator.has(before)) return false;
    if (!this.isWord(end) || this.s.tk.cases[end] !== TokenCase.Lower) return false;
    const after = this.key(end);
    if (!LETTER_START.test(after)) return false;
    return !w.of.has(after) && !w.and.has(after) && !w.article.has(after) && !w['language-prep'].has(after);
  }

  /** English "the Trump administration": the body a named person's country runs. */
  private namedBody(k: number): boolean {
    const it = this.s.items[k]!;
    const r = this.itemStartingAt(it.end);
    const re = r >= 0 ? this.entry(r, 'role') : null;
    const role = re ? this.s.lex.data.roles[re.ref]! : null;
    if (!re || role?.kind !== 'body') return false;
    const person = this.primary(k).ref;
    const country = termOn(this.s.lex.data.persons[person]!, this.s.date)?.country;
    if (!country) return false;
    this.s.seenPersons.add(person);
    this.use(r);
    this.push(this.draft(it.start, this.s.items[r]!.end, 'ORG', this.countryActor(country, role.sector), this.via(re)));
    return true;
  }

  private use(k: number): void {
    this.used[k] = 1;
  }

  // ---- demonyms alone

  private demonym(k: number): void {
    const it = this.s.items[k]!;
    const e = this.entry(k, 'demonym');
    if (!e) return;
    if (!e.plural && it.start > this.s.from && this.s.lex.words['language-prep'].has(this.key(it.start - 1))) return;
    if (this.lang === 'en' && !this.titleCase && this.strayCapital(it.end)) return;
    const code = this.s.lex.data.countries[e.ref]!.iso3;
    // A plural demonym as a noun names people: "los serbios", "Russians" (not "productos británicos").
    const people = e.plural && (this.lang === 'en' || this.determined(it.start));
    this.push(this.draft(it.start, it.end, 'MISC', this.countryActor(code, people ? 'CVL' : null), this.via(e)));
  }

  // ---- roles

  /** The country an adjective item names (a demonym, or an epithet adjective: "galo", "nipón"), or null. */
  private adjCountry(k: number): string | null {
    const e = this.entry(k, ADJ_KINDS);
    return e ? this.s.lex.data.countries[e.ref]!.iso3 : null;
  }

  /**
   * A role at item k, with what English put in front of it (`q`, the phrase starting at token `start`):
   * reads what follows (Spanish demonyms, "de"/"of" + country, institution, organisation or person, a
   * region adjective, a name as title or in apposition) and emits the mentions.
   */
  private role(k: number, q: Qualifier, start: number): void {
    const { s } = this;
    const it = s.items[k]!;
    let roleEntry = this.entry(k, 'role')!;
    let role = s.lex.data.roles[roleEntry.ref]!;
    let end = it.end;
    const used: number[] = [k];
    if (this.lang === 'en' && role.kind === 'body' && !roleEntry.plural) {
      // "the Senate president": English names the body before its head.
      const h = this.itemStartingAt(end);
      const head = h >= 0 ? this.entry(h, 'role') : null;
      const info = head ? s.lex.data.roles[head.ref]! : null;
      if (head && info && info.kind === 'person' && info.head && !head.plural) {
        this.headOfNamed(head, info, q, start, s.items[h]!.end, role.sector, [k, h]);
        return;
      }
    }
    let adj = this.lang === 'es' ? this.itemStartingAt(end) : -1;
    if (this.lang === 'es' && adj < 0) {
      // "el Ministerio de Comercio chino": a department's own name between the role and its demonym.
      const after = this.properNameEnd(end + 1);
      const k = this.s.lex.words.of.has(this.key(end)) && after > end + 1 ? this.itemStartingAt(after) : -1;
      if (k >= 0 && this.adjCountry(k) !== null) adj = k;
    }

    if (adj >= 0 && this.adjCountry(adj) !== null) {
      const a = s.items[adj]!;
      q.countries.push({ code: this.adjCountry(adj)!, start: a.start, end: a.end });
      used.push(adj);
      end = a.end;
      // "el ministro ruso de Exteriores": the role goes on after the demonym.
      const ext = continueAcross(s.lex, s.tk, it.start, it.end, end, s.to, (e) => this.entries[e]!.kind === 'role');
      if (ext) {
        roleEntry = this.entries[ext.entry]!;
        role = s.lex.data.roles[roleEntry.ref]!;
        for (let j = this.itemAt[end]!; j >= 0 && j < s.items.length && s.items[j]!.start < ext.end; j++) used.push(j);
        end = ext.end;
      }
      end = this.coordinatedAdjectives(q, end, used);
    } else if (adj >= 0 && this.entry(adj, 'region')) {
      q.region = this.entry(adj, 'region')!.ref;
      used.push(adj);
      end = s.items[adj]!.end;
    } else if (this.s.lex.words.of.has(this.key(end)) && role.kind !== 'nation') {
      const target = this.ofTarget(end + 1);
      const named = target < 0 && role.kind === 'person' && role.head && !roleEntry.plural ? this.namedBodyEnd(end + 1, used) : null;
      if (target >= 0) {
        this.applyTarget(q, target);
        used.push(target);
        end = s.items[target]!.end;
        if (roleEntry.plural) end = this.coordinatedTargets(q, end, used);
      } else if (named) {
        this.headOfNamed(roleEntry, role, q, start, named.end, named.sector, used);
        return;
      } else if (role.kind === 'person' && !roleEntry.plural) {
        // "el ministro de Salud, Rodrigo Pérez,": a portfolio's own name, then its holder in apposition
        const after = this.properNameEnd(end + 1);
        const bodyItems: number[] = [];
        const body = after > end + 1 ? null : this.namedBodyEnd(end + 1, bodyItems);
        if (after > end + 1 && this.key(after) === ',') end = after;
        else if (body && body.sector && this.key(body.end) === ',') {
          used.push(...bodyItems);
          // "el portavoz del Partido Verde, Tomás Rivas,": a body's own name; the holder takes its sector.
          q.org = { code: null, country: null, sector: body.sector };
          end = body.end;
        }
      }
    }

    const qualified = q.countries.length > 0 || q.org !== null || q.institution !== null || q.person !== null || q.region !== null;
    const nameAt = this.titleName(end);
    const apposed = nameAt < 0 && this.key(end) === ',' ? this.nameStart(end + 1) : -1;
    if (role.det && nameAt < 0 && !this.determined(start) && (this.lang === 'es' || !qualified)) return;
    if (role.qualified && !qualified && nameAt < 0 && apposed < 0) return;
    if (role.kind === 'nation') {
      if (this.nation(roleEntry, q, start, end)) for (const j of used) this.use(j);
      return;
    }
    for (const j of used) this.use(j);
    if (role.kind === 'body') {
      this.body(role, roleEntry, q, start, end, nameAt);
      return;
    }
    this.personRole(role, roleEntry, q, start, end, nameAt, apposed);
  }

  /**
   * The body a head role names after "de" / "of" (past a determiner: "de la FIFA", "of the Senate"): a
   * proper name no lexicon knows, or a body the roles list ("the Senate", "la Asamblea Nacional"), whose
   * sector it gives; null for neither.
   */
  private namedBodyEnd(t: number, used: number[]): { end: number; sector: Sector | null } | null {
    const from = this.s.lex.words.determiner.has(this.key(t)) ? t + 1 : t;
    const k = this.itemStartingAt(from);
    const body = k >= 0 ? this.entry(k, 'role') : null;
    const info = body ? this.s.lex.data.roles[body.ref]! : null;
    if (body && info && info.kind === 'body' && !body.plural) {
      used.push(k);
      // The body's own name may go on past its kind ("del Partido Verde").
      const itemEnd = this.s.items[k]!.end;
      return { end: Math.max(itemEnd, this.properNameEnd(itemEnd)), sector: info.sector };
    }
    const end = this.properNameEnd(from);
    return end > from ? { end, sector: null } : null;
  }

  /**
   * "el presidente de Pemex", "the chairman of Boeing", "the president of the Senate": the head of a body
   * that is not a country is nobody's head of state, so the mention names no office and never corefers
   * with a country's leader; it takes the body's sector when the body is a known kind, and a name in
   * apposition is the holder ("el presidente de Pemex, Juan Pérez,"). Its country is only a demonym's.
   */
  private headOfNamed(e: LexEntry, role: RoleInfo, q: Qualifier, start: number, end: number, sector: Sector | null, used: readonly number[]): void {
    for (const j of used) this.use(j);
    const country = q.countries[0]?.code ?? null;
    const d = this.draft(start, end, 'PER', country || sector ? actorOf({ country, sector }) : null, this.via(e));
    d.apposedAt = this.key(end) === ',' ? this.nameStart(end + 1) : -1;
    this.push(d);
    this.record('actors.role.head-of-named', start, end, () => `"${role.label}" heads the body named after it, not a country`);
  }

  /** The offices and country a person role names, given its qualifier and a country. */
  private roleOffices(role: RoleInfo, q: Qualifier, code: string | null): { offices: readonly string[]; code: string | null } {
    // "el líder del Partido Popular" heads the party, not the country: an institution without a dated
    // head office gives the role no office, so no country's leader is taken for it.
    if (q.institution && role.head) return { offices: q.institution.headOffice ? [q.institution.headOffice] : [], code: q.institution.country };
    if (q.org && role.head) return { offices: ['org_head'], code: q.org.country };
    const c = code ?? q.institution?.country ?? q.org?.country ?? role.country;
    const specific = c ? role.byCountry[c] : undefined;
    const onlyByCountry = role.offices.length === 0 && Object.keys(role.byCountry).length > 0;
    return { offices: specific ?? (onlyByCountry ? [] : role.offices), code: c };
  }

  private personRole(role: RoleInfo, e: LexEntry, q: Qualifier, start: number, end: number, nameAt: number, apposed: number): void {
    // Heads and officials of an institution or an armed group take its sector ("el jefe del Pentágono", "Hamas negotiators").
    const member = role.head || role.sector === 'GOV';
    const ownSector = q.institution?.sector ?? (q.org && q.org.code === null ? q.org.sector : null) ?? (role.head ? q.org?.sector : null);
    const sector = (member ? ownSector : null) ?? role.sector;
    if (nameAt >= 0) {
      // A title: "el presidente Donald Trump", "el canciller alemán Friedrich Merz", "Russian President Vladimir Putin".
      const c = this.roleOffices(role, q, q.countries[0]?.code ?? null);
      this.intros.set(nameAt, { country: c.code, org: q.org?.code ?? null, sector, offices: c.offices, local: !c.code && !q.org && !role.abroad, body: false, gender: this.genderAt(start) });
      this.take(start, nameAt);
      this.record('actors.role.title', start, end, () => `"${role.label}" introduces the name after it`);
      return;
    }
    const via = this.via(e);
    const counterpart = role.kind === 'counterpart';
    const many = q.countries.length > 1;
    const targets: Array<Target | null> = q.countries.length > 0 ? q.countries : [null];
    targets.forEach((target, i) => {
      const c = this.roleOffices(role, q, target?.code ?? null);
      const org = q.org?.code ?? null;
      const appos = many ? -1 : apposed;
      if (!c.code && !org && q.region === null && !counterpart) {
        // A bare role: a descriptor of someone named before ("la presidenta"), or people by sector ("los manifestantes").
        // Unresolved, it keeps its sector: "el alcalde", "la presidenta" still name a government actor.
        const descriptor = role.sector !== null && DESCRIPTOR_SECTORS.has(role.sector) && !e.plural && role.offices.length > 0;
        const need: Need | null = descriptor
          ? { kind: 'person', country: null, org: null, region: null, offices: role.offices, sector: role.sector, counterpart: false }
          : null;
        const d = this.targetDraft(q.countries, i, start, end, 'PER', actorOf({ sector }), via);
        d.need = need;
        d.offices = role.offices;
        d.apposedAt = appos;
        d.local = !role.abroad;
        d.gender = this.genderAt(start);
        this.push(d);
        return;
      }
      const actorSector = counterpart ? 'GOV' : sector;
      const actor = actorOf({ country: c.code, org, sector: actorSector });
      const need: Need | null = e.plural ? null : {
        kind: 'person', country: c.code, org, region: q.region, offices: c.offices, sector: actorSector, counterpart,
      };
      const d = this.targetDraft(q.countries, i, start, end, 'PER', actor, via);
      d.need = need;
      d.offices = c.offices;
      d.apposedAt = appos;
      d.gender = this.genderAt(start);
      if (!need && actor && c.offices.length > 0) this.fillHolder(d, c.code ?? org!, c.offices);
      this.push(d);
    });
    this.take(start, end);
  }

  /** Who held the office on the date, for a plural role ("los primeros ministros británico y canadiense"). */
  private fillHolder(d: Draft, where: string, offices: readonly string[]): void {
    const h = documentHolder(this.s.lex.data, where, offices, this.s, !this.s.lex.countryIndex.has(where));
    if (h === 'undated' && d.actor) {
      d.via = `${d.via}${OFFICE_UNDATED}`;
      if (this.s.trace.enabled) this.s.trace.record('actors.office.undated', d.start, d.end, () => `undated article: ${where} ${offices.join('|')} holders since ${this.s.ceiling} are not taken`);
    }
    if (!h || h === 'undated' || !d.actor) return;
    const p = this.s.lex.data.persons[h.person]!;
    d.actor = { ...d.actor, name: p.name, wikidata: p.wikidata };
    d.person = h.person;
    if (this.s.trace.enabled) this.s.trace.record('actors.office.holder', d.start, d.end, () => `${where} ${offices.join('|')} on ${this.s.date ?? 'the latest date known'}: ${p.name}`);
  }

  /**
   * A determiner, a number or the start of a clause before token t: a word there reads as a noun
   * ("Paramilitares atacaron…"); so does one coordinated with a noun a phrase already took ("entre
   * policías y delincuentes").
   */
  private determined(t: number): boolean {
    if (this.startsClause(t)) return true;
    const prev = t - 1;
    if (this.s.doc.tokens[prev]!.kind === 'number' || this.s.lex.words.determiner.has(this.key(prev))) return true;
    return prev - 1 >= this.s.from && this.s.lex.words.and.has(this.key(prev)) && this.taken[prev - 1] === 1;
  }

  /** "y canadiense", ", francés y alemán" after a first demonym; returns the phrase's new end. */
  private coordinatedAdjectives(q: Qualifier, end: number, used: number[]): number {
    for (;;) {
      const sep = this.key(end);
      if (sep !== ',' && !this.s.lex.words.and.has(sep)) return end;
      const k = this.itemStartingAt(end + 1);
      const code = k >= 0 ? this.adjCountry(k) : null;
      if (code === null) return end;
      const it = this.s.items[k]!;
      q.countries.push({ code, start: it.start, end: it.end });
      used.push(k);
      end = it.end;
      if (sep !== ',') return end;
    }
  }

  /** "… de Rusia, Vladímir Putin, y de China" after a plural role's first "de X"; returns the phrase's new end. */
  private coordinatedTargets(q: Qualifier, end: number, used: number[]): number {
    for (;;) {
      let t = end;
      if (this.key(t) === ',') {
        const after = this.nameEnd(t + 1);
        if (after >= 0 && this.key(after) === ',') t = after + 1;
        else if (after >= 0 && this.s.lex.words.and.has(this.key(after))) t = after;
      }
      if (!this.s.lex.words.and.has(this.key(t)) && this.key(t) !== ',') return end;
      t++;
      if (this.s.lex.words.of.has(this.key(t))) t++;
      const target = this.ofTarget(t);
      if (target < 0 || !COUNTRYISH.has(this.primary(target).kind)) return end;
      this.applyTarget(q, target);
      used.push(target);
      end = this.s.items[target]!.end;
    }
  }

  /** The item after "de" (and an article): a country, capital, institution, organisation, place or person; or -1. */
  private ofTarget(t: number): number {
    if (this.s.lex.words.article.has(this.key(t)) && this.itemStartingAt(t) < 0) t++;
    const k = this.itemStartingAt(t);
    if (k < 0) return -1;
    const e = this.primary(k);
    const fits = COUNTRYISH.has(e.kind) || e.kind === 'institution' || e.kind === 'org' || e.kind === 'person'
      || (e.kind === 'place' && this.s.lex.data.places[e.ref]!.country !== null);
    return fits && !this.nameRejected(k, e) ? k : -1;
  }

  private applyTarget(q: Qualifier, k: number): void {
    const e = this.primary(k);
    const it = this.s.items[k]!;
    const data = this.s.lex.data;
    if (COUNTRYISH.has(e.kind)) q.countries.push({ code: data.countries[e.ref]!.iso3, start: it.start, end: it.end });
    else if (e.kind === 'place') q.countries.push({ code: data.places[e.ref]!.country!, start: it.start, end: it.end });
    else if (e.kind === 'institution') {
      const inst = data.institutions[e.ref]!;
      q.institution = { country: inst.country, sector: inst.sector, headOffice: inst.headOffice };
    } else if (e.kind === 'org') {
      const o = data.orgs[e.ref]!;
      q.org = { code: o.org, country: o.country, sector: o.sector };
    } else if (e.kind === 'person') {
      q.person = e.ref;
      this.s.seenPersons.add(e.ref);
    }
  }

  /** Token t when a name starts there (a lexicon person, or a PER span of the model), else -1. */
  private nameStart(t: number): number {
    return this.nameEnd(t) >= 0 ? t : -1;
  }

  /** The token after one or two capitalised words outside the lexicon starting at t (a department's own name), or t. */
  private properNameEnd(t: number): number {
    let u = t;
    while (u < t + 2 && this.isWord(u) && this.s.tk.cases[u] !== TokenCase.Lower && this.itemAt[u]! < 0) u++;
    return u;
  }

  /** A name a role introduces as a title, right after it or after one or two adjectives ("la líder opositora María Corina Machado"). */
  private titleName(t: number): number {
    const w = this.s.lex.words;
    // Spanish adjectives follow the role ("la líder opositora María Corina Machado"); English ones come
    // before it, so a lowercase word after an English role is a verb ("peacekeepers left Srebrenica").
    const most = this.lang === 'en' ? 0 : 2;
    for (let skip = 0; skip <= most; skip++) {
      if (this.nameStart(t + skip) >= 0) return t + skip;
      const k = this.key(t + skip);
      const adjective = this.isWord(t + skip) && this.s.tk.cases[t + skip] === TokenCase.Lower && this.itemAt[t + skip]! < 0
        && !w.determiner.has(k) && !w.of.has(k) && !w.and.has(k) && !w.opener.has(k);
      if (!adjective) return -1;
    }
    return -1;
  }

  /** The token after a name starting at t, or -1. */
  private nameEnd(t: number): number {
    const k = this.itemStartingAt(t);
    if (k >= 0 && this.primary(k).kind === 'person') return this.s.items[k]!.end;
    for (const n of this.s.names) if (n.start === t && n.type === 'PER') return n.end;
    return -1;
  }

  private body(role: RoleInfo, e: LexEntry, q: Qualifier, start: number, end: number, nameAt: number): void {
    const data = this.s.lex.data;
    let country = q.countries[0]?.code ?? q.institution?.country ?? q.org?.country ?? role.country;
    let last = end;
    // "la Administración Trump", "el Gobierno de Petro": the named person's country.
    const named = nameAt >= 0 ? this.itemStartingAt(nameAt) : -1;
    const person = q.person ?? (named >= 0 && this.primary(named).kind === 'person' ? this.primary(named).ref : null);
    if (!country && person !== null) {
      country = termOn(data.persons[person]!, this.s.date)?.country ?? null;
      if (named >= 0 && country) {
        last = this.s.items[named]!.end;
        this.use(named);
        this.s.seenPersons.add(person);
      }
    }
    // "la central obrera CGTP", "el sindicato Sutep", "el partido Fuerza Popular": the role says what kind of
    // organisation the model's name right after it is. Before a person's name a government body is that
    // person's ("la Administración Milei"), so it is not read this way.
    const own = person === null && q.countries.length <= 1 && this.itemStartingAt(end) < 0
      ? this.s.names.find((n) => n.start === end && n.type !== 'LOC' && (n.type !== 'PER' || role.sector !== 'GOV'))
      : undefined;
    if (own) {
      this.intros.set(end, { country, org: q.org?.code ?? null, sector: role.sector, offices: [], local: !country && !q.org && !role.abroad, body: true, gender: null });
      this.take(start, end);
      this.record('actors.role.kind', start, end, () => `"${role.label}" says what kind of organisation the name after it is`);
      return;
    }
    const via = this.via(e);
    const many = q.countries.length > 1;
    const targets: Array<Target | null> = many ? q.countries : [null];
    targets.forEach((target, i) => {
      const actor = actorOf({ country: target?.code ?? country, org: q.org?.code ?? null, sector: role.sector, name: null });
      const d = this.push(this.targetDraft(q.countries, i, start, last, 'ORG', actor, via));
      d.local = !actor.country && !actor.org && !role.abroad;
    });
    this.take(start, last);
  }

  /** "el país galo", "el Estado hebreo"; "el país asiático" waits for coreference. False when nothing was made. */
  private nation(e: LexEntry, q: Qualifier, start: number, end: number): boolean {
    const via = this.via(e);
    if (q.countries.length > 0) {
      const many = q.countries.length > 1;
      q.countries.forEach((c, i) => {
        this.push(this.targetDraft(q.countries, i, start, end, 'LOC', this.countryActor(c.code), via));
      });
      return true;
    }
    if (q.region !== null && !e.plural) {
      const d = this.draft(start, end, 'LOC', null, via);
      d.need = { kind: 'nation', region: q.region };
      this.push(d);
      return true;
    }
    return false;
  }

  // ---- English pre-modifiers: "Russian President", "US troops", "China's foreign minister", "British and Canadian prime ministers", "the Asian leader"

  private englishPremodifier(k: number): boolean {
    const e = this.primary(k);
    const it = this.s.items[k]!;
    const q = emptyQualifier();
    const data = this.s.lex.data;
    const countryOf = (idx: number): string | null => {
      const adj = this.adjCountry(idx);
      if (adj) return adj;
      const c = this.entry(idx, COUNTRYISH);
      return c ? data.countries[c.ref]!.iso3 : null;
    };
    const first = countryOf(k);
    if (e.kind === 'region') q.region = e.ref;
    else if (first) q.countries.push({ code: first, start: it.start, end: it.end });
    else if (e.kind === 'institution' || e.kind === 'org') this.applyTarget(q, k);
    else return false;
    const used = [k];
    let t = it.end;
    // "British and Canadian prime ministers", "US and EU officials"; not "Syria and Palestinian leader".
    const adjective = this.adjCountry(k) !== null;
    while (first && (this.key(t) === ',' || this.s.lex.words.and.has(this.key(t)))) {
      const n = this.itemStartingAt(t + 1);
      const code = n >= 0 && (this.adjCountry(n) !== null) === adjective ? countryOf(n) : null;
      if (!code) break;
      const x = this.s.items[n]!;
      q.countries.push({ code, start: x.start, end: x.end });
      used.push(n);
      t = x.end;
    }
    if (this.key(t) === "'s") t++;
    else if (this.key(t) === "'" && this.key(t + 1) === 's') t += 2;
    // "China's Commerce Ministry": a department's own name between the country and the role.
    let r = this.itemStartingAt(t);
    if (r < 0) r = this.itemStartingAt(this.properNameEnd(t));
    if (r < 0 || !this.entry(r, 'role')) return false;
    if (NAME_KINDS.has(e.kind) && this.nameRejected(k, e)) return false;
    for (const j of used) this.use(j);
    this.role(r, q, it.start);
    return true;
  }

  // ---- quantified groups: "ambos países", "los dos líderes", "both countries"

  private quantifier(k: number): void {
    const q = this.primary(k);
    const it = this.s.items[k]!;
    const r = this.itemStartingAt(it.end);
    const re = r >= 0 ? this.entry(r, 'role') : null;
    if (!re?.plural) return;
    const role = this.s.lex.data.roles[re.ref]!;
    let of: 'country' | 'person' | null = null;
    if (role.kind === 'nation' || (role.kind === 'body' && role.sector === 'GOV')) of = 'country';
    else if (role.kind === 'person' && role.sector === 'GOV') of = 'person';
    if (!of) return;
    this.use(r);
    const d = this.draft(it.start, this.s.items[r]!.end, of === 'person' ? 'PER' : role.kind === 'body' ? 'ORG' : 'LOC', null, this.via(re));
    d.need = { kind: 'group', count: q.ref, of, sector: role.kind === 'nation' ? null : role.sector };
    this.push(d);
  }

  // ---- the NER model's names where the lexicon found none

  /**
   * The one country named inside a name the model found, by a country, a capital or a demonym the
   * lexicon left out there ("Kenya Anti-Corruption Commission", "South Lebanon", "Danish Web sites"), or null.
   */
  private countryInside(n: ModelSpan): string | null {
    let found: string | null = null;
    for (let t = n.start; t < n.end; t++) {
      const k = this.itemAt[t]!;
      if (k < 0 || this.s.items[k]!.start !== t) continue;
      const c = this.entry(k, COUNTRYISH);
      const code = c ? this.s.lex.data.countries[c.ref]!.iso3 : this.adjCountry(k);
      if (!code) continue;
      if (found && found !== code) return null;
      found = code;
    }
    return found;
  }

  /** The first token of the lexicon item over token t, or -1. */
  private itemStartOf(t: number): number {
    const k = this.itemAt[t]!;
    return k < 0 ? -1 : this.s.items[k]!.start;
  }

  /** The body role that heads an organisation's name ("Partido Liberal", "Ministerio de Minas", "Labor Ministry"), or null. */
  private headRole(t: number): RoleInfo | null {
    const k = t < 0 ? -1 : this.itemAt[t]!;
    if (k < 0 || this.s.items[k]!.start !== t) return null;
    const e = this.entry(k, 'role');
    const role = e ? this.s.lex.data.roles[e.ref]! : null;
    return role?.kind === 'body' ? role : null;
  }

  private modelNames(): void {
    const { s } = this;
    for (const found of s.names) {
      // "La Moncloa", "The Philippines": an article in front is not part of the name.
      let start = found.start;
      while (start < found.end - 1 && this.s.lex.words.article.has(this.key(start))) start++;
      const n: ModelSpan = start === found.start ? found : { ...found, start };
      let free = true;
      for (let t = n.start; t < n.end && free; t++) free = this.taken[t] === 0;
      let inner: Draft[] = [];
      if (!free) {
        // A longer name of the model wins over place names inside it ("Universidad de Chile"), never over people or roles.
        inner = this.drafts.filter((d) => d.tokStart < n.end && d.tokEnd > n.start);
        const contained = inner.every((d) => d.plainName && d.tokStart >= n.start && d.tokEnd <= n.end && d.tokEnd - d.tokStart < n.end - n.start);
        let roleTokens = false;
        let moreName = false;
        for (let t = n.start; t < n.end; t++) {
          const inside = inner.some((d) => t >= d.tokStart && t < d.tokEnd);
          if (this.taken[t] && !inside) roleTokens = true;
          if (!inside && this.isWord(t) && this.s.tk.cases[t] !== TokenCase.Lower) moreName = true;
        }
        if (!contained || inner.length === 0 || roleTokens || !moreName) continue;
        for (const d of inner) this.drafts.splice(this.drafts.indexOf(d), 1);
      }
      const intro = this.intros.get(n.start);
      const text = s.doc.text.slice(s.doc.tokens[n.start]!.start, s.doc.tokens[n.end - 1]!.end);
      let actor: Actor | null = null;
      let head: RoleInfo | null = null;
      if (intro?.body) actor = actorOf({ name: text, country: intro.country, org: intro.org, sector: intro.sector });
      else if (n.type === 'PER') actor = actorOf({ name: text, country: intro?.country ?? null, org: intro?.org ?? null, sector: intro?.sector ?? null });
      else {
        const country = inner.length === 1 ? (inner[0]!.actor?.country ?? null) : this.countryInside(n);
        // The head noun opens a Spanish name and closes an English one ("Partido Liberal", "Liberal Party").
        head = n.type === 'ORG' ? this.headRole(this.lang === 'en' ? this.itemStartOf(n.end - 1) : n.start) : null;
        const sector = head?.sector ?? null;
        if (country || sector) actor = actorOf({ country, sector, name: text });
      }
      const d = this.draft(n.start, n.end, intro?.body ? 'ORG' : n.type, actor, 'model');
      d.model = true;
      d.offices = intro?.offices ?? [];
      d.gender = intro?.gender ?? null;
      // a party, union or ministry named the way a country names its own ("Partido Justicialista", "Ministerio
      // de Economía", "Labor Ministry"), with no country in the name, is the story country's
      d.local = intro?.local ?? (head !== null && !head.abroad && !actor?.country);
      d.isName = n.type === 'PER' && !intro?.body;
      this.push(d);
      this.record('actors.model', n.start, n.end, () => `${n.type} ${text}${intro ? ' (introduced by a role)' : ''}`);
    }
  }
}
