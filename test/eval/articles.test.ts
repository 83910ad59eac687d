import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinTokens } from '../../eval/articles.js';

describe('joinTokens: CoNLL tokens back into text', () => {
  const cases: Array<[string[], string]> = [
    [['Lima', ',', '3', 'may', '(', 'EFE', ')', '.'], 'Lima, 3 may (EFE).'],
    [['¿', 'Quién', 'firmó', '?'], '¿Quién firmó?'],
    [['El', '«', 'pacto', '»', 'cayó', ':', 'un', '5', '%', '.'], 'El «pacto» cayó: un 5%.'],
    [['uno'], 'uno'],
    [[], ''],
  ];
  for (const [tokens, text] of cases) it(text || '(empty)', () => assert.equal(joinTokens(tokens), text));
});
