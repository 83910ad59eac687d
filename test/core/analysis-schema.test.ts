/**
 * schema/analysis.schema.json against the TypeScript types of src/core/analysis.ts. The drift check
 * reads the types through the TypeScript compiler (test/helpers/schema-drift.ts) rather than a sample
 * analysis, so a field only some documents have, or an optional one, cannot slip through; the
 * negative cases below edit the type or the schema and must be caught.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { PROJECT_ROOT } from '../../src/core/resources.js';
import { schemaDrift, undescribed } from '../helpers/schema-drift.js';

const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}schema/analysis.schema.json`, 'utf8')) as Record<string, unknown>;
const source = readFileSync(`${PROJECT_ROOT}src/core/analysis.ts`, 'utf8');
const copy = (): Record<string, any> => JSON.parse(JSON.stringify(schema)) as Record<string, any>;

/** The source with `find` replaced (which must be there exactly once, or the case tests nothing or something else). */
function edited(find: string, replace: string): string {
  assert.equal(source.split(find).length - 1, 1, `src/core/analysis.ts must have ${JSON.stringify(find)} once: update this case`);
  return source.replace(find, replace);
}

describe('the analysis schema', () => {
  it('compiles under Ajv strict mode', () => {
    const warnings: string[] = [];
    const logger = { log: () => undefined, warn: (...a: unknown[]) => void warnings.push(a.join(' ')), error: (...a: unknown[]) => void warnings.push(a.join(' ')) };
    assert.doesNotThrow(() => new Ajv({ strict: true, allErrors: true, logger }).compile(schema));
    assert.deepEqual(warnings, []);
  });

  it('describes every field', () => assert.deepEqual(undescribed(schema), []));

  it('has every field of the TypeScript types and no other', () => assert.deepEqual(schemaDrift(schema), []));

  const typeEdits: Array<[string, string, string, RegExp]> = [
    ['a field added to an event', '  quadClass: QuadClass;', '  quadClass: QuadClass;\n  extra: string;', /^\.events\[\]\.extra: in the TypeScript type, not in the schema$/],
    ['an optional field added to the analysis', '  trace?: TraceEntry[];\n}', '  trace?: TraceEntry[];\n  notes?: string[];\n}', /^\.notes: in the TypeScript type/],
    ['a field added to a shared interface', '  wikidata: string | null;\n}', '  wikidata: string | null;\n  aliases: string[];\n}', /^\.mentions\[\]\.actor\.aliases: in the TypeScript type/],
    ['a new segment kind', "  'boilerplate',\n] as const;", "  'boilerplate',\n  'sidebar',\n] as const;", /^\.segments\[\]\.kind: the type allows .*sidebar/],
    ['a field made optional', '  negated: boolean;', '  negated?: boolean;', /^\.events\[\]\.negated: optional in the type, required in the schema$/],
    ['a field turned from text to a number', '  rule: string;\n  confidence', '  rule: number;\n  confidence', /^\.events\[\]\.rule: a number in the type/],
    ['a field made nullable', '  goldstein: number;', '  goldstein: number | null;', /^\.events\[\]\.goldstein: null in the type, not in the schema$/],
  ];
  for (const [what, find, replace, report] of typeEdits) {
    it(`catches ${what}`, () => {
      const problems = schemaDrift(schema, edited(find, replace));
      assert.ok(problems.some((p) => report.test(p)), problems.join('\n') || 'nothing reported');
    });
  }

  const schemaEdits: Array<[string, (s: Record<string, any>) => void, (s: Record<string, unknown>) => string[], RegExp]> = [
    ['a schema field the type lacks', (s) => { s.properties.events.items.properties.extra = { description: 'x', type: 'string' }; }, (s) => schemaDrift(s), /^\.events\[\]\.extra: in the schema, not in the TypeScript type$/],
    ['a field dropped from the schema', (s) => { delete s.properties.document.properties.url; }, (s) => schemaDrift(s), /^\.document\.url: in the TypeScript type, not in the schema$/],
    ['a missing description', (s) => { delete s.properties.times.items.properties.rule.description; }, undescribed, /^\.times\[\]\.rule$/],
    ['a missing description in a definition', (s) => { delete s.definitions.actor.properties.org.description; }, undescribed, /^#actor\.org$/],
  ];
  for (const [what, mutate, check, report] of schemaEdits) {
    it(`catches ${what}`, () => {
      const s = copy();
      mutate(s);
      const problems = check(s);
      assert.ok(problems.some((p) => report.test(p)), problems.join('\n') || 'nothing reported');
    });
  }
});
