/**
 * Spanish event coding against the UniversalPetrarch validation sets (dev halves): each sentence's text
 * goes through analyze() (lang es, the sentence's date as publication date) and its events' CAMEO roots
 * are compared with the gold codings, as multisets per sentence. Also reports source-country accuracy
 * (among events that gave a country, and among all matched events: source-country.ts), a confusion table
 * of gold against predicted roots (root-confusion.ts) and, beside them, the two anchors the issue names.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import countries from 'i18n-iso-countries';
import { analyze } from '../src/index.js';
import { DATA_ROOT, prf, round, type Evaluator, type Figures } from './harness.js';
import { RootConfusion } from './root-confusion.js';
import { tallySourceCountry, type SourceCountryTally } from './source-country.js';

const FILES = [
  'updp-spanish-validation/spanish_validation_1018_noaccent.dev.xml',
  'updp-spanish-validation/spanish_protest_cameo_4_jj_validation.dev.xml',
  'updp-spanish-validation/spanish_protest_plover_validation.dev.xml',
  'updp-spanish-validation/spanish_fight_reduced_181227v2_validation.dev.xml',
];
/** Roots with fewer gold codings than this are left out of the macro average (too few to measure). */
const MACRO_MIN = 10;

export interface GoldSentence {
  file: string;
  id: string;
  text: string;
  published: string | null;
  /** Gold CAMEO roots, one per coding, with the coding's source country when it is an ISO code. */
  codings: { root: string; country: string | null }[];
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

export function readUpdp(relative: string): GoldSentence[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false });
  const xml = parser.parse(readFileSync(DATA_ROOT + relative, 'utf8')) as {
    Validation?: { Sentences?: { Sentence?: unknown } };
  };
  const out: GoldSentence[] = [];
  for (const raw of asArray(xml.Validation?.Sentences?.Sentence as Record<string, unknown>[] | undefined)) {
    const text = String((raw.Text as string | undefined) ?? '').trim();
    if (!text) continue;
    const date = String(raw.date ?? '');
    const codings = asArray(raw.EventCoding as Record<string, string>[] | undefined)
      .map((c) => {
        const root = String(c.eventcode ?? '').slice(0, 2);
        const src = String(c.sourcecode ?? '').slice(0, 3);
        return { root, country: /^[A-Z]{3}$/.test(src) && countries.isValid(src) ? src : null };
      })
      .filter((c) => /^\d\d$/.test(c.root));
    out.push({
      file: relative,
      id: String(raw.id ?? ''),
      text,
      published: /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : null,
      codings,
    });
  }
  return out;
}

/**
 * The CAMEO roots an analysis asserts. A negated act of cooperation is a refusal, which CAMEO codes as
 * 12 (reject); a negated act of conflict did not happen and is not counted.
 */
export function predictedRoots(events: ReturnType<typeof analyze>['events']): { root: string; country: string | null }[] {
  const out: { root: string; country: string | null }[] = [];
  for (const e of events) {
    if (e.negated && e.quadClass > 2) continue;
    out.push({ root: e.negated ? '12' : e.cameo.slice(0, 2), country: e.actor.find((a) => a.country)?.country ?? null });
  }
  return out;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: string[], predicted: string[], byRoot: Map<string, Tally>, total: Tally): void {
  const left = [...gold];
  for (const p of predicted) {
    const i = left.indexOf(p);
    const t = byRoot.get(p) ?? { tp: 0, fp: 0, fn: 0 };
    byRoot.set(p, t);
    if (i >= 0) {
      left.splice(i, 1);
      t.tp++;
      total.tp++;
    } else {
      t.fp++;
      total.fp++;
    }
  }
  for (const g of left) {
    const t = byRoot.get(g) ?? { tp: 0, fp: 0, fn: 0 };
    byRoot.set(g, t);
    t.fn++;
    total.fn++;
  }
}

export const updpSpanishEventsEvaluator: Evaluator = {
  name: 'updp-spanish-events',
  description: 'Spanish CAMEO-root P/R/F1 (micro; macro over roots with >= 10 gold codings) source-country accuracy and a gold x predicted root confusion table, UniversalPetrarch dev halves',
  needs: FILES,
  run(): Figures {
    const total: Tally = { tp: 0, fp: 0, fn: 0 };
    const protest: Tally = { tp: 0, fp: 0, fn: 0 };
    const byRoot = new Map<string, Tally>();
    const goldCount = new Map<string, number>();
    const perFile: Figures = {};
    let countryGold = 0;
    let countryMatched = 0;
    let countryRight = 0;
    let sentences = 0;
    const sourceCountry: SourceCountryTally = { matched: 0, right: 0 };
    const confusion = new RootConfusion();
    for (const file of FILES) {
      const fileTally: Tally = { tp: 0, fp: 0, fn: 0 };
      for (const s of readUpdp(file)) {
        sentences++;
        const analysis = analyze({ text: s.text, lang: 'es', published: s.published, sourceId: s.id });
        const predicted = predictedRoots(analysis.events);
        const gold = s.codings.map((c) => c.root);
        for (const g of gold) goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
        score(gold, predicted.map((p) => p.root), byRoot, total);
        score(gold, predicted.map((p) => p.root), new Map(), fileTally);
        score(gold, ['14'], new Map(), protest);
        confusion.add(gold, predicted.map((p) => p.root));
        tallySourceCountry(
          s.codings.map((c) => ({ code: c.root, countries: c.country ? [c.country] : [] })),
          predicted.map((p) => ({ code: p.root, country: p.country })),
          sourceCountry,
        );
        for (const c of s.codings) {
          if (!c.country) continue;
          countryGold++;
          const match = predicted.find((p) => p.root === c.root && p.country);
          if (!match) continue;
          countryMatched++;
          if (match.country === c.country) countryRight++;
        }
      }
      const name = file.split('/')[1]!.replace(/\.dev\.xml$/, '');
      perFile[`f1 ${name}`] = prf(fileTally.tp, fileTally.fp, fileTally.fn).f1;
    }
    const micro = prf(total.tp, total.fp, total.fn);
    const macroRoots = [...goldCount].filter(([, n]) => n >= MACRO_MIN).map(([r]) => r).sort();
    const macro = macroRoots.map((r) => {
      const t = byRoot.get(r)!;
      return prf(t.tp, t.fp, t.fn);
    });
    const mean = (xs: number[]): number => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
    const anchor = prf(protest.tp, protest.fp, protest.fn);
    const perRoot: Figures = {};
    for (const r of macroRoots) perRoot[`f1 root ${r}`] = prf(byRoot.get(r)!.tp, byRoot.get(r)!.fp, byRoot.get(r)!.fn).f1;
    return {
      sentences,
      'gold codings': total.tp + total.fn,
      'predicted events': total.tp + total.fp,
      'micro precision': micro.precision,
      'micro recall': micro.recall,
      'micro f1': micro.f1,
      'macro precision': mean(macro.map((m) => m.precision)),
      'macro recall': mean(macro.map((m) => m.recall)),
      'macro f1': mean(macro.map((m) => m.f1)),
      'macro roots': macroRoots.join(' '),
      'source-country accuracy': countryMatched ? round(countryRight / countryMatched) : null,
      'source-country coverage': countryGold ? round(countryMatched / countryGold) : null,
      'source-country right among matched': sourceCountry.matched ? round(sourceCountry.right / sourceCountry.matched) : null,
      'source-country matched': sourceCountry.matched,
      'anchor always-PROTEST micro f1 (measured)': anchor.f1,
      'anchor always-PROTEST micro f1 (issue)': 0.35,
      'anchor UD-PETRARCH recall / extra per gold / f1': '0.44 / 3.2 / 0.19',
      ...perFile,
      ...perRoot,
      ...confusion.figures(),
    };
  },
};
