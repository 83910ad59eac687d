import { decodeHTML } from 'entities';

const NOT_TEXT = ['script', 'style', 'noscript', 'template'];
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|figcaption|section|article|header|footer|br|tr|table)\b[^<>]*>/gi;
const TAG = /<[^<>]*>/g;

/**
 * An HTML text's words without a DOM: code and comments dropped, block elements become paragraph breaks,
 * other tags go, entities are decoded. The fallback for markup too deep to parse safely; linear in the
 * length of the text (no pattern here can rescan what an earlier attempt passed over).
 */
export function stripTags(html: string): string {
  const text = decodeHTML(withoutCode(html).replace(BLOCK, '\n\n').replace(TAG, ' '));
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The text without comments and script, style, noscript and template elements; an unclosed one runs to the end. */
function withoutCode(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let copied = 0;
  let from = 0;
  for (let i = lower.indexOf('<', 0); i !== -1; i = lower.indexOf('<', from)) {
    let end = -1;
    if (lower.startsWith('<!--', i)) {
      const close = lower.indexOf('-->', i + 4);
      end = close === -1 ? lower.length : close + 3;
    } else {
      const name = NOT_TEXT.find((n) => lower.startsWith(n, i + 1) && !/[\w-]/.test(lower[i + 1 + n.length] ?? ''));
      if (name) {
        const close = lower.indexOf(`</${name}`, i + 1);
        const gt = close === -1 ? -1 : lower.indexOf('>', close);
        end = gt === -1 ? lower.length : gt + 1;
      }
    }
    if (end === -1) {
      from = i + 1;
      continue;
    }
    out.push(html.slice(copied, i), ' ');
    copied = from = end;
  }
  return out.join('') + html.slice(copied);
}
