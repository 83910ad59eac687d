/**
 * Form generation for the actor lexicon builder: Spanish adjective inflection (demonyms and region
 * adjectives are written in the masculine singular), English plurals, and "(o|a)" alternations.
 */

export interface InflectedForm {
  form: string;
  plural: boolean;
}

const VOWEL_ACCENTS: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const unaccentLast = (stem: string): string => stem.replace(/[áéíóú](?=[^áéíóú]*$)/, (v) => VOWEL_ACCENTS[v] ?? v);

/**
 * The four forms of a Spanish adjective of nationality or origin written in the masculine singular
 * (ruso → rusa, rusos, rusas; alemán → alemana, alemanes, alemanas; israelí → israelíes, israelís;
 * belga → belgas; estadounidense → estadounidenses). Only the first word inflects ("surcoreano").
 */
export function inflectSpanishAdjective(masculine: string): InflectedForm[] {
  const [word = '', ...rest] = masculine.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const sg = (w: string): InflectedForm => ({ form: w + tail, plural: false });
  const pl = (w: string): InflectedForm => ({ form: w + tail, plural: true });
  const stem = word.slice(0, -1);
  const last = word.slice(-1);
  if (last === 'o') return [sg(word), sg(`${stem}a`), pl(`${stem}os`), pl(`${stem}as`)];
  if (last === 'a' || last === 'e') return [sg(word), pl(`${word}s`)];
  if (last === 'í' || last === 'ú') return [sg(word), pl(`${word}es`), pl(`${word}s`)];
  if (last === 'i' || last === 'u') return [sg(word), pl(`${word}s`)];
  if (/[áéíóú]n$|[ée]s$|ís$/.test(word) || /[áéíóú]s$/.test(word)) {
    const base = unaccentLast(word);
    return [sg(word), sg(`${base}a`), pl(`${base}es`), pl(`${base}as`)];
  }
  if (/[lrn]$/.test(word)) return [sg(word), sg(`${word}a`), pl(`${word}es`), pl(`${word}as`)];
  if (last === 'z') return [sg(word), sg(`${word}a`), pl(`${stem}ces`), pl(`${word}as`)];
  if (last === 's') return [sg(word), pl(word)];
  throw new Error(`no inflection rule for the adjective "${masculine}"`);
}

/** English demonym plus its plural (-s), except those that do not take one (Chinese, British, Swiss, Kyrgyz). */
export function inflectEnglishDemonym(form: string): InflectedForm[] {
  if (/(ese|sh|ch|ss|z)$/.test(form)) return [{ form, plural: false }];
  return [{ form, plural: false }, { form: `${form}s`, plural: true }];
}

/** Expands "(o|a)" groups: "ministr(o|a) de Defensa" → ["ministro de Defensa", "ministra de Defensa"]. */
export function expandAlternations(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(')', open);
  if (close < 0) throw new Error(`unclosed "(" in "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => expandAlternations(head + choice + tail));
}

/** Splits a |-separated field, keeping "(a|b)" groups whole. */
export function splitForms(field: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(field.slice(start, i));
      start = i + 1;
    }
  }
  out.push(field.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}
