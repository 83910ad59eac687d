/**
 * Lemmas: the treebank's own (form, UPOS) → lemma pairs, and for a form it never saw, the ending rule
 * the training words with the same UPOS and the longest shared ending agree on ("-aron" → "-ar" for a
 * VERB). A rule is "cut|append": drop that many letters, add the string.
 */
export const RULE_SUFFIX = 5;

export interface LemmaTables {
  /** `lower\tUPOS` → lemma. */
  forms: Map<string, string>;
  /** `UPOS\tending` → rule. */
  rules: Map<string, string>;
}

export function ruleFor(lower: string, lemma: string): string {
  let p = 0;
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++;
  return `${lower.length - p}|${lemma.slice(p)}`;
}

export function applyRule(lower: string, rule: string): string {
  const bar = rule.indexOf('|');
  const cut = Number(rule.slice(0, bar));
  return lower.slice(0, lower.length - cut) + rule.slice(bar + 1);
}

/** Proper nouns, numbers and symbols keep their form (the treebanks' lemma for them is the form). */
const KEEP_FORM = new Set(['PROPN', 'NUM', 'SYM', 'X']);

export function lemmatize(tables: LemmaTables, form: string, upos: string): string {
  const lower = form.toLowerCase();
  const known = tables.forms.get(`${lower}\t${upos}`);
  if (known !== undefined) return known;
  if (KEEP_FORM.has(upos)) return form;
  for (let k = Math.min(RULE_SUFFIX, lower.length - 1); k >= 1; k--) {
    const rule = tables.rules.get(`${upos}\t${lower.slice(lower.length - k)}`);
    if (rule !== undefined) {
      const out = applyRule(lower, rule);
      if (out.length > 0) return out;
    }
  }
  return lower;
}

/**
 * Builds the tables from training words: the most frequent lemma per (form, UPOS), and per (UPOS,
 * ending) the most frequent rule when at least `minCount` words share it and it covers most of them.
 */
export function buildLemmaTables(words: Iterable<{ form: string; upos: string; lemma: string }>, minCount = 2): LemmaTables {
  const formCounts = new Map<string, Map<string, number>>();
  const ruleCounts = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string): void => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  const seenForm = new Set<string>();
  for (const w of words) {
    if (w.lemma === '_' || w.lemma === '') continue;
    const lower = w.form.toLowerCase();
    const key = `${lower}\t${w.upos}`;
    bump(formCounts, key, w.upos === 'PROPN' ? w.lemma : w.lemma.toLowerCase());
    if (seenForm.has(key) || KEEP_FORM.has(w.upos)) continue;
    seenForm.add(key);
    const rule = ruleFor(lower, w.lemma.toLowerCase());
    for (let k = 1; k <= Math.min(RULE_SUFFIX, lower.length - 1); k++) bump(ruleCounts, `${w.upos}\t${lower.slice(lower.length - k)}`, rule);
  }
  const top = (m: Map<string, number>): [string, number, number] => {
    let best = '';
    let n = 0;
    let total = 0;
    for (const [v, c] of m) {
      total += c;
      if (c > n) [best, n] = [v, c];
    }
    return [best, n, total];
  };
  const forms = new Map<string, string>();
  for (const [k, m] of formCounts) forms.set(k, top(m)[0]);
  const rules = new Map<string, string>();
  for (const [k, m] of ruleCounts) {
    const [rule, n, total] = top(m);
    if (n >= minCount && n * 2 > total) rules.set(k, rule);
  }
  return { forms, rules };
}
