/**
 * The time tagger against the team's own tables (test/fixtures/time/es.tsv and en.tsv, written in our
 * own words, one row per expected expression with its reference date) through the whole pipeline, as
 * the CLI runs it: accuracy by exact match (span, value, kind, flags, suggestion), by value (a time over
 * the expected words with the expected value) and by exact span; negative rows count as right when
 * nothing is tagged there. When ../shared/seed is present, the seed's expectations of issue 3 too.
 * The tables are what the tests assert; this evaluator reports the same figures for the results file
 * and would show a regression in the full pipeline (another stage changing sentences or tokens).
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { checkCase, loadTimeTable, type Analyser } from '../test/time/time-table.js';
import { SEED_PATH } from '../test/helpers/schema.js';
import { round, type Evaluator, type Figures } from './harness.js';

const full: Analyser = (input) => analyze(input);

const SEED_EXPECTED: Array<[string, string, string | null]> = [
  ['Este miércoles 4 de febrero 2026', '2026-02-04', null],
  ['el mes pasado', '2026-01', null],
  ['el mes que viene', '2026-03', null],
  ['este lunes 2 de enero de 2026', '2026-01-02', '2026-02-02'],
];

function seedFigures(): Figures {
  if (!existsSync(SEED_PATH)) return { seed: 'absent' };
  const a = analyze({ text: readFileSync(SEED_PATH, 'utf8') });
  let ok = 0;
  for (const [text, value, suggestion] of SEED_EXPECTED) {
    const t = a.times.find((x) => x.text === text);
    if (t && t.value === value && t.suggestion === suggestion && (suggestion === null) === !t.flags.includes('weekday-mismatch')) ok++;
  }
  return {
    seed_published: a.document.published ? `${a.document.published.value} (${a.document.published.source})` : 'none',
    seed_expectations_met: `${ok}/${SEED_EXPECTED.length}`,
  };
}

export const timeTableEvaluator: Evaluator = {
  name: 'time-table',
  description: 'time expressions in the team\'s Spanish and English tables (full pipeline), plus the seed',
  needs: [],
  run() {
    const figures: Figures = {};
    for (const lang of ['es', 'en'] as const) {
      const cases = loadTimeTable(lang);
      const positive = cases.filter((c) => !c.negative && !c.none);
      const negative = cases.filter((c) => c.negative || c.none);
      const results = positive.map((c) => checkCase(c, full));
      const share = (pick: (r: (typeof results)[number]) => boolean): number => round(results.filter(pick).length / results.length);
      figures[`${lang}_expressions`] = positive.length;
      figures[`${lang}_exact`] = share((r) => r.exact);
      figures[`${lang}_value`] = share((r) => r.value);
      figures[`${lang}_span`] = share((r) => r.span);
      figures[`${lang}_negatives_clean`] = round(negative.filter((c) => checkCase(c, full).exact).length / negative.length);
    }
    return { ...figures, ...seedFigures() };
  },
};
