/**
 * English event coding against the PLOVER gold-standard records (dev half): each sentence goes through
 * analyze() (lang en) and its events' PLOVER types are compared with the gold type, as multisets per
 * sentence. The records were coded in PLOVER 0.5b1, whose categories are mapped to the current ones.
 * Source country: of the records whose gold source has an ISO country and whose type was found, how
 * many events gave one of the gold source's countries (source-country.ts).
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import type { EventRecord, PloverType } from '../src/core/analysis.js';
import { analyze } from '../src/index.js';
import { DATA_ROOT, prf, round, type Evaluator, type Figures } from './harness.js';
import { tallySourceCountry, type PredictedSource, type SourceCountryTally } from './source-country.js';

const FILE = 'plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json';

/** PLOVER 0.5b1 categories renamed or merged since. */
const RENAMED: Record<string, PloverType> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

interface GoldRecord {
  id?: string;
  event?: string;
  text?: string;
  source?: Array<{ code?: string }> | string;
}

/**
 * The types an analysis asserts, each with its source country (its first actor's that has one): a refused
 * act of cooperation is a rejection; a conflict that did not happen is not counted.
 */
export function predictedSources(events: readonly EventRecord[]): Array<PredictedSource & { code: PloverType }> {
  const out: Array<PredictedSource & { code: PloverType }> = [];
  for (const e of events) {
    if (e.negated && e.quadClass > 2) continue;
    out.push({ code: e.negated ? 'REJECT' : e.type, country: e.actor.find((a) => a.country)?.country ?? null });
  }
  return out;
}

export const predictedTypes = (events: readonly EventRecord[]): PloverType[] => predictedSources(events).map((p) => p.code);

/** The gold source's countries, where its codes are ISO alpha-3 ("HUN"; not "IGO" or "---"). */
function goldCountries(source: GoldRecord['source']): string[] {
  if (!Array.isArray(source)) return [];
  return source.map((a) => (a.code ?? '').trim()).filter((c) => /^[A-Z]{3}$/.test(c) && countries.isValid(c));
}

export const ploverEnglishEvaluator: Evaluator = {
  name: 'plover-english',
  description: 'English PLOVER type P/R/F1 and source-country accuracy among matched events on the PLOVER gold-standard records (dev half; 0.5b1 types mapped to current PLOVER)',
  needs: [FILE],
  run(): Figures {
    const records = JSON.parse(readFileSync(DATA_ROOT + FILE, 'utf8')) as GoldRecord[];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sentences = 0;
    let coded = 0;
    const sourceCountry: SourceCountryTally = { matched: 0, right: 0 };
    const byType = new Map<string, { tp: number; fp: number; fn: number }>();
    const tally = (t: string): { tp: number; fp: number; fn: number } => {
      let x = byType.get(t);
      if (!x) byType.set(t, (x = { tp: 0, fp: 0, fn: 0 }));
      return x;
    };
    for (const r of records) {
      if (!r.text || !r.event || r.event === 'DOCUMENT') continue;
      const gold = RENAMED[r.event] ?? (r.event as PloverType);
      sentences++;
      const sources = predictedSources(analyze({ text: r.text, lang: 'en', sourceId: r.id ?? null }).events);
      tallySourceCountry([{ code: gold, countries: goldCountries(r.source) }], sources, sourceCountry);
      const predicted = sources.map((p) => p.code);
      if (predicted.length) coded++;
      const i = predicted.indexOf(gold);
      if (i >= 0) {
        tp++;
        tally(gold).tp++;
        predicted.splice(i, 1);
      } else {
        fn++;
        tally(gold).fn++;
      }
      fp += predicted.length;
      for (const p of predicted) tally(p).fp++;
    }
    const all = prf(tp, fp, fn);
    const perType: Figures = {};
    for (const [t, x] of [...byType].sort()) perType[`f1 ${t}`] = prf(x.tp, x.fp, x.fn).f1;
    return {
      sentences,
      'sentences with an event': coded,
      'type precision': all.precision,
      'type recall': all.recall,
      'type f1': all.f1,
      'predicted per sentence': sentences ? round((tp + fp) / sentences) : 0,
      'source-country right among matched': sourceCountry.matched ? round(sourceCountry.right / sourceCountry.matched) : null,
      'source-country matched': sourceCountry.matched,
      ...perType,
    };
  },
};
