/** Elements that never hold others, and those pages often leave unclosed (the parser closes them itself). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th',
]);
const NAME = /[a-zA-Z][\w:-]*/y;

/**
 * How deeply the elements of an HTML text nest, counted on the markup in one linear pass (no parsing;
 * each character is looked at a bounded number of times), stopping once past `limit`: what decides whether
 * a page is safe to hand to the DOM and Readability, which are recursive and slow down superlinearly on
 * deep trees.
 */
export function htmlDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let i = html.indexOf('<');
  while (i !== -1 && deepest <= limit) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const close = html[i + 1] === '/';
    NAME.lastIndex = i + (close ? 2 : 1);
    const name = NAME.exec(html)?.[0].toLowerCase();
    const end = html.indexOf('>', i + 1);
    if (end === -1) break;
    if (name && !NOT_NESTING.has(name) && html[end - 1] !== '/') {
      if (close) depth = Math.max(0, depth - 1);
      else deepest = Math.max(deepest, ++depth);
    }
    i = html.indexOf('<', end + 1);
  }
  return deepest;
}
