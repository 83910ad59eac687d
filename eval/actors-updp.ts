/**
 * Actor coding against the UniversalPetrarch Spanish validation sets that carry actor codes (dev
 * halves): for every coded event, the source and target texts are located in the sentence, the sentence
 * goes through analyze() (lang es, its date as publication date), and the mentions over each text are
 * compared with the gold CAMEO actor code — its country (when the gold names one) and its sector (when
 * it is one of the format's sector codes); see actors-score.ts.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import countries from 'i18n-iso-countries';
import { SECTORS } from '../src/core/analysis.js';
import { scoreActors, type GoldActor } from './actors-score.js';
import { DATA_ROOT, type Evaluator, type Figures } from './harness.js';

const FILES = [
  'updp-spanish-validation/spanish_validation_1018_noaccent.dev.xml',
  'updp-spanish-validation/spanish_fight_reduced_181227v2_validation.dev.xml',
];
export const SECTOR_SET = new Set<string>(SECTORS);

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** A CAMEO actor code read as country and first sector: "COLGOVELI" → COL, GOV; "~CVL" → null, CVL; "---UAF" → null, UAF. */
export function parseActorCode(code: string): { country: string | null; sector: string | null } | null {
  let rest = code.trim().replace(/^~|^---/, '');
  if (!rest && !/^(~|---)/.test(code)) return null;
  let country: string | null = null;
  const head = rest.slice(0, 3);
  if (/^[A-Z]{3}$/.test(head) && !SECTOR_SET.has(head) && (countries.isValid(head) || head === 'XKX')) {
    country = head;
    rest = rest.slice(3);
  }
  let sector: string | null = null;
  for (let i = 0; i + 3 <= rest.length && !sector; i += 3) if (SECTOR_SET.has(rest.slice(i, i + 3))) sector = rest.slice(i, i + 3);
  return country || sector ? { country, sector } : null;
}

export function readGoldActors(relative: string): GoldActor[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false });
  const xml = parser.parse(readFileSync(DATA_ROOT + relative, 'utf8')) as { Validation?: { Sentences?: { Sentence?: unknown } } };
  const out: GoldActor[] = [];
  for (const raw of asArray(xml.Validation?.Sentences?.Sentence as Record<string, unknown>[] | undefined)) {
    const text = String((raw.Text as string | undefined) ?? '').trim();
    const date = String(raw.date ?? '');
    const published = /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : null;
    const texts = new Map(asArray(raw.EventText as Record<string, string>[] | undefined).map((t) => [String(t.eid), t]));
    const seen = new Set<string>();
    for (const coding of asArray(raw.EventCoding as Record<string, string>[] | undefined)) {
      const words = texts.get(String(coding.eid));
      if (!words) continue;
      for (const [wordsKey, codeKey] of [['sourcetext', 'sourcecode'], ['targettext', 'targetcode']] as const) {
        const w = String(words[wordsKey] ?? '').trim();
        const parsed = parseActorCode(String(coding[codeKey] ?? ''));
        if (!w || !parsed || seen.has(`${w}|${coding[codeKey]}`)) continue;
        seen.add(`${w}|${coding[codeKey]}`);
        out.push({ text, words: w, published, ...parsed });
      }
    }
  }
  return out;
}

export const actorsUpdpEvaluator: Evaluator = {
  name: 'actors-updp',
  description: 'Spanish actor codes (country, sector) of event sources and targets, UniversalPetrarch dev halves',
  needs: FILES,
  run(): Figures {
    return scoreActors(FILES.flatMap(readGoldActors), 'es');
  },
};
