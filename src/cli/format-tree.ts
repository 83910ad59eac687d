import type { Analysis, SyntaxWord } from '../core/analysis.js';

/**
 * The syntax layer for a person: per sentence, the tree drawn by indentation, each word with its
 * relation, UPOS, lemma (when it differs) and features.
 */
export function formatTrees(a: Analysis): string[] {
  const syntax = a.syntax;
  if (!syntax) return [];
  const out: string[] = ['', `## Syntax (${syntax.model})`];
  const { words } = syntax;
  let i = 0;
  while (i < words.length) {
    const s = words[i]!.sentence;
    const first = i;
    while (i < words.length && words[i]!.sentence === s) i++;
    const sent = a.sentences[s]!;
    out.push(`  [${s}] ${a.document.text.slice(sent.start, sent.end).replace(/\s+/g, ' ')}`);
    const children = new Map<number, number[]>();
    for (let k = first; k < i; k++) {
      const h = words[k]!.head;
      const list = children.get(h) ?? [];
      list.push(k);
      children.set(h, list);
    }
    const draw = (k: number, depth: number): void => {
      out.push(`    ${'  '.repeat(depth)}${describe(words[k]!)}`);
      for (const c of children.get(k) ?? []) draw(c, depth + 1);
    };
    for (const r of children.get(-1) ?? []) draw(r, 0);
  }
  return out;
}

function describe(w: SyntaxWord): string {
  const lemma = w.lemma !== w.form && w.lemma !== w.form.toLowerCase() ? ` (${w.lemma})` : '';
  const feats = w.feats !== '_' ? `  ${w.feats}` : '';
  return `${w.deprel}: ${w.form}${lemma} ${w.upos}${feats}`;
}
