/**
 * English actor coding against the PLOVER gold-standard records (dev half): the source and target
 * actors of every record, located in its text, compared with their gold country (when it is an ISO
 * code) and sector (when it is one of the format's sector codes); see actors-score.ts.
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { scoreActors, type GoldActor } from './actors-score.js';
import { SECTOR_SET } from './actors-updp.js';
import { DATA_ROOT, type Evaluator, type Figures } from './harness.js';

const FILE = 'plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json';

interface PloverActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

interface PloverRecord {
  text?: string;
  date?: string;
  language?: string;
  source?: PloverActor[] | string;
  target?: PloverActor[] | string;
}

export function readPloverActors(): GoldActor[] {
  const records = JSON.parse(readFileSync(DATA_ROOT + FILE, 'utf8')) as PloverRecord[];
  const out: GoldActor[] = [];
  for (const r of records) {
    if (!r.text || (r.language && r.language !== 'en')) continue;
    const published = /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date! : null;
    for (const side of [r.source, r.target]) {
      if (!Array.isArray(side)) continue;
      for (const a of side) {
        const words = (a.actorText ?? '').trim();
        const code = (a.code ?? '').trim();
        const country = /^[A-Z]{3}$/.test(code) && countries.isValid(code) ? code : null;
        const sector = a.sector && SECTOR_SET.has(a.sector) ? a.sector : null;
        if (words && (country || sector)) out.push({ text: r.text, words, published, country, sector });
      }
    }
  }
  return out;
}

export const actorsPloverEvaluator: Evaluator = {
  name: 'actors-plover',
  description: 'English actor codes (country, sector) of event sources and targets, PLOVER gold records dev half',
  needs: [FILE],
  run(): Figures {
    return scoreActors(readPloverActors(), 'en');
  },
};
