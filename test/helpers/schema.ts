import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { PROJECT_ROOT } from '../../src/core/resources.js';

const schema = JSON.parse(readFileSync(`${PROJECT_ROOT}schema/analysis.schema.json`, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Returns the schema violations of a value, empty when it is a valid atalaya/analysis@1 document. */
export function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

export const SEED_PATH = `${PROJECT_ROOT}../shared/seed/000_f18dc38b7e87eedd.txt`;
