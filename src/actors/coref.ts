import type { Actor, SegmentKind } from '../core/analysis.js';
import type { Doc } from '../core/doc.js';
import type { Tracer } from '../core/tracer.js';
import { actorOf, type Draft, type Need } from './draft.js';
import type { ActorLexicon } from './lexicon.js';
import { documentHolder, OFFICE_UNDATED } from './offices.js';

/**
 * Coreference inside one document, in text order: a role in apposition takes the name beside it
 * ("el presidente ruso, Vladímir Putin"); descriptors take the latest compatible person named before
 * ("el líder ruso", "la presidenta", "su homólogo colombiano"), or, qualified by a region, the only one
 * of that region ("el mandatario asiático", "el país asiático"); groups take the most talked-about
 * actors of the last few sentences ("ambos países", "los dos líderes"); a surname alone refers back to
 * the fuller name. What stays unresolved keeps the actor its own words give (a country, an office
 * holder on the date) or is dropped when they give none.
 */

/** How many sentences back a group looks for its members, and a bare descriptor ("la presidenta") for its antecedent. */
const GROUP_WINDOW = 5;
const BARE_WINDOW = 8;
/**
 * How many earlier mentions a backward search looks at: far more than any article names, and what keeps
 * a document of 100,000 names linear instead of comparing every mention with every earlier one.
 */
const LOOKBACK = 400;
/** Parts of a page that are not the story: a bare descriptor does not look back across them. */
const CLUTTER: ReadonlySet<SegmentKind> = new Set(['teaser', 'boilerplate']);
/** Members of a group repeat actors named before; descriptors refer past them to those. */
const GROUP_VIA = 'coref:group';

export interface CorefContext {
  doc: Doc;
  lex: ActorLexicon;
  date: string | null;
  /** For an undated article, the latest date its text gives (see documentHolder). */
  ceiling: string | null;
  trace: Tracer;
}

export function resolveCoreference(drafts: readonly Draft[], ctx: CorefContext): Draft[] {
  return new Resolver(drafts, ctx).run();
}

const copy = (a: Actor | null): Actor | null => (a ? { ...a } : null);

class Resolver {
  /** Drafts that may be antecedents, in text order. */
  private readonly prior: Draft[] = [];
  private readonly out: Draft[] = [];
  /** The prior mentions of each lexicon person, with their names and fuller (several-word) names apart. */
  private readonly byPerson = new Map<number, { all: Draft[]; names: Draft[]; fuller: Draft[] }>();
  /** The latest fuller person name with each word after its first ("Quintero" and "Ruiz" of "Ernesto Quintero Ruiz"). */
  private readonly bySurname = new Map<string, Draft>();
  private clutterCount: Int32Array | null = null;

  constructor(private readonly drafts: readonly Draft[], private readonly ctx: CorefContext) {}

  run(): Draft[] {
    this.appositions();
    for (const d of this.drafts) {
      const kept = this.resolve(d);
      for (const k of kept) {
        this.out.push(k);
        if (k.actor && !k.outsideStory) this.remember(k);
      }
    }
    return this.out;
  }

  private remember(p: Draft): void {
    this.prior.push(p);
    const fuller = p.isName && p.tokEnd - p.tokStart > 1;
    if (p.person !== null) {
      let entry = this.byPerson.get(p.person);
      if (!entry) this.byPerson.set(p.person, (entry = { all: [], names: [], fuller: [] }));
      entry.all.push(p);
      if (p.isName) entry.names.push(p);
      if (fuller) entry.fuller.push(p);
    }
    if (p.type === 'PER' && fuller) {
      const { tokens } = this.ctx.doc;
      for (let t = p.tokStart + 1; t < p.tokEnd; t++) this.bySurname.set(tokens[t]!.text.toLowerCase(), p);
    }
  }

  /** The earlier mentions a backward search looks at, latest last. */
  private recentPrior(): Draft[] {
    return this.prior.length > LOOKBACK ? this.prior.slice(-LOOKBACK) : this.prior;
  }

  private record(rule: string, d: Draft, ante: Draft | null, detail?: string): void {
    if (!this.ctx.trace.enabled) return;
    this.ctx.trace.record(`coref.${rule}`, d.start, d.end, () => detail ?? `→ "${ante ? this.ctx.doc.text.slice(ante.start, ante.end) : ''}"`);
  }

  /** "el presidente ruso, Vladímir Putin": the role refers to the name, and a name the model found takes the role's country. */
  private appositions(): void {
    const personAt = new Map<number, Draft>();
    for (const n of this.drafts) if (n.type === 'PER' && !personAt.has(n.tokStart)) personAt.set(n.tokStart, n);
    for (const d of this.drafts) {
      if (d.apposedAt < 0) continue;
      const name = personAt.get(d.apposedAt);
      if (!name) continue;
      if (name.person === null && name.actor) {
        const role = d.actor ?? (d.need?.kind === 'person' ? actorOf({ country: d.need.country, org: d.need.org, sector: d.need.sector }) : null);
        if (role) name.actor = { ...name.actor, country: name.actor.country ?? role.country, org: name.actor.org ?? role.org, sector: name.actor.sector ?? role.sector };
        if (name.offices.length === 0) name.offices = d.offices;
      }
      // "la ministra de Salud, Ana Gil": the name has the role's gender, and so can be "la ministra" later.
      name.gender ??= d.gender;
      d.refersTo = name;
      d.actor = copy(name.actor);
      d.person = name.person;
      d.need = null;
      d.via = 'coref:apposition';
      this.record('apposition', d, name);
    }
  }

  private resolve(d: Draft): Draft[] {
    const need = d.need;
    if (!need) {
      if (d.type === 'PER') this.sameName(d);
      return [d];
    }
    if (need.kind === 'group') return this.group(d, need);
    if (need.kind === 'nation') return this.nation(d, need.region) ? [d] : [];
    return this.person(d, need) ? [d] : [];
  }

  /** A named person again: the latest mention of the same person, and a surname repeat of a fuller name. */
  private sameName(d: Draft): void {
    const { tokens } = this.ctx.doc;
    if (d.person !== null && !d.model) {
      // The latest name of the same person (rather than a role that resolved to them); a surname alone after a fuller name.
      const entry = this.byPerson.get(d.person);
      const notD = (p: Draft): boolean => p.refersTo !== d;
      const latest = entry ? findLast(entry.names, notD) : null;
      const fuller = entry ? findLast(entry.fuller, notD) !== null : false;
      const ante = latest ?? (entry ? findLast(entry.all, notD) : null);
      if (ante) {
        d.refersTo = ante;
        d.gender ??= ante.gender;
      }
      if (ante && d.single && fuller) {
        d.via = 'coref:surname';
        this.record('surname', d, ante);
      }
      return;
    }
    if (!d.model || !d.single) return;
    // A surname is any word after the first name ("Quintero" or "Ruiz" of "Ernesto Quintero Ruiz").
    const p = this.bySurname.get(tokens[d.tokStart]!.text.toLowerCase());
    if (!p) return;
    d.refersTo = p;
    d.actor = copy(p.actor);
    d.offices = p.offices;
    d.person = p.person;
    d.gender ??= p.gender;
    d.via = 'coref:surname';
    this.record('surname', d, p);
  }

  private officesFit(need: readonly string[], have: readonly string[]): boolean {
    return need.some((o) => (o === 'minister' ? have.some((h) => h.endsWith('_minister')) : have.includes(o)));
  }

  private person(d: Draft, need: Extract<Need, { kind: 'person' }>): boolean {
    let offices = need.offices;
    let rule = 'descriptor';
    if (need.counterpart) {
      rule = 'counterpart';
      const subject = [...this.recentPrior()].reverse().find((p) => p.type === 'PER' && p.offices.length > 0 && p.actor?.country && p.actor.country !== need.country);
      offices = subject?.offices ?? [];
      if (!need.country || offices.length === 0) return this.unresolved(d, need, offices);
    }
    if (offices.length === 0) return this.unresolved(d, need, offices);
    const fits = (p: Draft): boolean => {
      if (p.type !== 'PER' || !p.actor || p.need || p.via === GROUP_VIA) return false;
      // "la ministra" is not the man named last: grammatical gender, where both sides give one, must agree.
      if (d.gender && p.gender && d.gender !== p.gender) return false;
      if (need.country && p.actor.country !== need.country) return false;
      if (need.org && p.actor.org !== need.org) return false;
      if (need.sector && p.actor.sector && p.actor.sector !== need.sector) return false;
      return this.officesFit(offices, p.offices);
    };
    if (need.region !== null) {
      rule = 'region';
      const inRegion = this.recentPrior().filter((p) => fits(p) && p.actor?.country && this.inRegion(p.actor.country, need.region!));
      const people = new Set(inRegion.map((p) => p.person ?? p.actor?.name));
      if (people.size !== 1) {
        this.record('region.unresolved', d, null, `${people.size} people of the region so far`);
        return false;
      }
      return this.link(d, inRegion[inRegion.length - 1]!, rule);
    }
    const bare = !need.country && !need.org;
    const recent = this.recentPrior();
    for (let i = recent.length - 1; i >= 0; i--) {
      const p = recent[i]!;
      if (bare && d.sentence - p.sentence > BARE_WINDOW) break;
      // A bare "el ministro" does not reach past a block of page clutter: what follows may be another story.
      if (bare && this.clutterBetween(p.sentence, d.sentence)) break;
      if (fits(p)) return this.link(d, p, rule);
    }
    return this.unresolved(d, need, offices);
  }

  /** Whether a teaser or boilerplate part lies between sentences a (before) and b. */
  private clutterBetween(a: number, b: number): boolean {
    const seen = this.clutterSeen();
    return seen[b]! - seen[a + 1]! > 0;
  }

  /** How many sentences of teasers and boilerplate come before each sentence (worked out on first use). */
  private clutterSeen(): Int32Array {
    if (this.clutterCount) return this.clutterCount;
    const { sentences, segments } = this.ctx.doc;
    const seen = new Int32Array(sentences.length + 1);
    for (let s = 0; s < sentences.length; s++) seen[s + 1] = seen[s]! + (CLUTTER.has(segments[sentences[s]!.segment]!.kind) ? 1 : 0);
    return (this.clutterCount = seen);
  }

  private link(d: Draft, ante: Draft, rule: string): boolean {
    d.refersTo = ante;
    d.actor = copy(ante.actor);
    d.person = ante.person;
    d.offices = ante.offices;
    d.need = null;
    d.via = `coref:${rule}`;
    this.record(rule, d, ante);
    return true;
  }

  /** No antecedent: keep what the words say (a country and sector, and who held the office on the date), or drop it. */
  private unresolved(d: Draft, need: Extract<Need, { kind: 'person' }>, offices: readonly string[]): boolean {
    d.need = null;
    if (!d.actor) {
      this.record('unresolved', d, null, 'no antecedent; dropped');
      return false;
    }
    const where = need.country ?? need.org;
    if (where && offices.length > 0) {
      const h = documentHolder(this.ctx.lex.data, where, offices, this.ctx, !this.ctx.lex.countryIndex.has(where));
      if (h === 'undated') {
        d.via = `${d.via}${OFFICE_UNDATED}`;
        if (this.ctx.trace.enabled) this.ctx.trace.record('actors.office.undated', d.start, d.end, () => `undated article: ${where} ${offices.join('|')} holders since ${this.ctx.ceiling} are not taken`);
      } else if (h) {
        const p = this.ctx.lex.data.persons[h.person]!;
        d.actor = { ...d.actor, name: p.name, wikidata: p.wikidata };
        d.person = h.person;
        d.offices = offices;
        if (this.ctx.trace.enabled) this.ctx.trace.record('actors.office.holder', d.start, d.end, () => `${where} ${offices.join('|')} on ${this.ctx.date ?? 'the latest date known'}: ${p.name}`);
      }
    }
    return true;
  }

  private inRegion(iso3: string, region: number): boolean {
    const name = this.ctx.lex.data.regions[region];
    const ci = this.ctx.lex.countryIndex.get(iso3);
    return name !== undefined && ci !== undefined && this.ctx.lex.data.countries[ci]!.regions.includes(name);
  }

  /** "el país asiático": the only country of the region named so far. */
  private nation(d: Draft, region: number): boolean {
    const candidates = this.recentPrior().filter((p) => p.actor?.country && this.inRegion(p.actor.country, region));
    const countries = new Set(candidates.map((p) => p.actor!.country));
    if (countries.size !== 1) {
      this.record('region.unresolved', d, null, `${countries.size} countries of the region so far`);
      return false;
    }
    const ante = candidates[candidates.length - 1]!;
    const code = ante.actor!.country!;
    d.refersTo = ante;
    d.actor = actorOf({ country: code, name: this.ctx.lex.countryName(code) });
    d.need = null;
    d.via = 'coref:region';
    this.record('region', d, ante);
    return true;
  }

  /**
   * "ambos países", "los dos líderes": the actors of the last few sentences that the document has named
   * most often so far, one mention per member over the group's words.
   */
  private group(d: Draft, need: Extract<Need, { kind: 'group' }>): Draft[] {
    const keyOf = (p: Draft): string | null => {
      if (need.of === 'country') return p.actor?.country ?? null;
      if (p.type !== 'PER' || p.actor?.sector !== 'GOV') return null;
      return p.person !== null ? `p${p.person}` : p.actor.name;
    };
    const count = new Map<string, number>();
    const latest = new Map<string, Draft>();
    for (const p of this.recentPrior()) {
      const key = keyOf(p);
      if (!key) continue;
      count.set(key, (count.get(key) ?? 0) + 1);
      latest.set(key, p);
    }
    const recent = [...latest.entries()].filter(([, p]) => d.sentence - p.sentence <= GROUP_WINDOW);
    if (recent.length < need.count) {
      this.record('group.unresolved', d, null, `${recent.length} candidates for ${need.count}`);
      return [];
    }
    // Enough named in the group's own sentence ("Lula y Petro conversaron y ambos mandatarios…"): those, first named first.
    // Otherwise the most named; then the latest sentence; within one sentence the first named ("México y Canadá negociaron con Washington").
    const here = recent.filter(([, p]) => p.sentence === d.sentence).length >= need.count;
    recent.sort(([ka, a], [kb, b]) => (here ? Number(b.sentence === d.sentence) - Number(a.sentence === d.sentence) : 0)
      || (here ? 0 : count.get(kb)! - count.get(ka)!) || (b.sentence - a.sentence) || (a.start - b.start));
    const members = recent.slice(0, need.count).map(([, ante]) => ante).sort((a, b) => a.start - b.start);
    return members.map((ante) => {
      const m: Draft = { ...d, need: null, refersTo: ante, via: GROUP_VIA, person: ante.person, offices: ante.offices };
      m.actor = need.of === 'country'
        ? actorOf({ country: ante.actor!.country, sector: need.sector, name: need.sector ? null : this.ctx.lex.countryName(ante.actor!.country!) })
        : copy(ante.actor);
      this.record('group', m, ante);
      return m;
    });
  }
}

/** The last item that passes `test`, searching from the end (where the answer almost always is). */
function findLast<T>(items: readonly T[], test: (x: T) => boolean): T | null {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i]!;
  return null;
}
