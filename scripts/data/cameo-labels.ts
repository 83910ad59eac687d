import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import type { CameoLabel } from '../../src/query/cameo-labels.js';
import type { DataBuilder } from './builder.js';

const CODES = 'data/shared/cameo-codes.tsv';
const PLOVER = 'data/shared/cameo-plover.tsv';

function rows(file: string, text: string, min: number): Array<{ line: number; f: string[] }> {
  const lines = text.split('\n');
  if (!/^#\s*source:/i.test(lines[0] ?? '')) throw new Error(`${file}:1: the first line must be "# source: …"`);
  const out: Array<{ line: number; f: string[] }> = [];
  lines.forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const f = raw.split('\t');
    if (f.length < min) throw new Error(`${file}:${i + 1}: expected at least ${min} tab-separated fields, found ${f.length}`);
    out.push({ line: i + 1, f });
  });
  return out;
}

/**
 * What the ICEWS and POLECAT exports print for a CAMEO code: its description (ICEWS's Event Text) and
 * the PLOVER contexts the CAMEO→PLOVER table gives it (POLECAT's Contexts), each context checked.
 */
export function compileCameoLabels(codesText: string, ploverText: string): Record<string, CameoLabel> {
  const out: Record<string, CameoLabel> = {};
  for (const { line, f } of rows(CODES, codesText, 3)) {
    const [code, , description] = f as [string, string, string];
    if (!/^\d{2,4}$/.test(code)) throw new Error(`${CODES}:${line}: "${code}" is not a CAMEO code`);
    out[code] = { description: description.trim(), contexts: [] };
  }
  for (const { line, f } of rows(PLOVER, ploverText, 4)) {
    const [code, , , context] = f as [string, string, string, string];
    const label = out[code];
    if (!label || context === '-') continue;
    const contexts = context.split(';').map((c) => c.trim());
    for (const c of contexts) if (!/^[a-z][a-z_]*$/.test(c)) throw new Error(`${PLOVER}:${line}: "${c}" is not a PLOVER context`);
    label.contexts = contexts;
  }
  return out;
}

export const cameoLabelsBuilder: DataBuilder = {
  name: 'cameo-labels',
  build(outDir) {
    const labels = compileCameoLabels(readFileSync(PROJECT_ROOT + CODES, 'utf8'), readFileSync(PROJECT_ROOT + PLOVER, 'utf8'));
    writeFileSync(join(outDir, 'cameo-labels.json'), JSON.stringify(labels));
  },
};
