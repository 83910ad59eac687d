/**
 * Compares the TypeScript type `Analysis` (src/core/analysis.ts) with the JSON Schema, field by field,
 * through the TypeScript compiler's own view of the type: every property of every nested interface
 * (optional ones included, which a sample analysis would miss), whether it is required, its primitive
 * type and, for unions of literals, their values. A field added on one side only is reported.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../src/core/resources.js';

type Schema = Record<string, unknown>;

const ANALYSIS_TS = `${PROJECT_ROOT}src/core/analysis.ts`;

/** The declared type `Analysis` of `source` (by default the real src/core/analysis.ts). */
function analysisType(source?: string): { checker: ts.TypeChecker; type: ts.Type } {
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, noEmit: true, skipLibCheck: true, lib: ['lib.es2022.d.ts'] };
  const host = ts.createCompilerHost(options);
  const text = source ?? readFileSync(ANALYSIS_TS, 'utf8');
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) => (name === ANALYSIS_TS ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, onError));
  const program = ts.createProgram([ANALYSIS_TS], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(ANALYSIS_TS)!;
  const decl = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Analysis');
  if (!decl) throw new Error('src/core/analysis.ts: no interface Analysis');
  return { checker, type: checker.getTypeAtLocation(decl.name) };
}

/** A schema node with $ref followed and allOf merged, so its properties and required list are all in one place. */
function resolve(root: Schema, node: Schema): Schema {
  let n = node;
  if (typeof n.$ref === 'string') {
    const name = n.$ref.replace('#/definitions/', '');
    n = { ...((root.definitions as Record<string, Schema>)[name] ?? {}), ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')) };
  }
  if (Array.isArray(n.allOf)) {
    let merged: Schema = { ...n, allOf: undefined };
    for (const part of n.allOf as Schema[]) {
      const p = resolve(root, part);
      merged = {
        ...p,
        ...merged,
        properties: { ...(p.properties as object), ...(merged.properties as object) },
        required: [...((p.required as string[]) ?? []), ...((merged.required as string[]) ?? [])],
      };
    }
    n = merged;
  }
  return n;
}

/** The branch of a oneOf/anyOf that is not `{ type: "null" }` (how the schema writes "X or null"). */
function nonNull(root: Schema, node: Schema): Schema {
  const n = resolve(root, node);
  const alts = (n.oneOf ?? n.anyOf) as Schema[] | undefined;
  if (!alts) return n;
  const rest = alts.filter((a) => a.type !== 'null');
  return rest.length === 1 ? nonNull(root, rest[0]!) : n;
}

const schemaTypes = (n: Schema): string[] => (Array.isArray(n.type) ? (n.type as string[]) : typeof n.type === 'string' ? [n.type] : []);

/** Every disagreement between the type and the schema, one line each with the field's path. */
export function schemaDrift(schema: Schema, source?: string): string[] {
  const { checker, type } = analysisType(source);
  const problems: string[] = [];

  const walk = (t: ts.Type, node: Schema, path: string): void => {
    // An unresolved type would compare equal to anything: say so instead of passing it.
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return void problems.push(`${path}: the type is ${checker.typeToString(t)} to the checker, so it cannot be compared`);
    const n = nonNull(schema, node);
    const parts = t.isUnion() ? t.types : [t];
    const nullable = parts.some((p) => p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
    let rest = parts.filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    // `boolean` is the union true | false to the checker.
    if (rest.length > 1 && rest.every((p) => p.flags & ts.TypeFlags.BooleanLiteral)) rest = [rest[0]!];
    const literals = rest.filter((p) => p.isLiteral()).map((p) => (p as ts.LiteralType).value);
    if (literals.length === rest.length && literals.length > 0) {
      const allowed = n.const !== undefined ? [n.const] : ((n.enum as unknown[]) ?? []);
      const values = allowed.filter((v) => v !== null).map(String).sort();
      const want = literals.map(String).sort();
      if (values.join('|') !== want.join('|')) problems.push(`${path}: the type allows ${want.join(', ')}; the schema ${values.join(', ') || 'no list of values'}`);
      return;
    }
    if (rest.length !== 1) {
      problems.push(`${path}: a union the drift test does not know how to compare (${checker.typeToString(t)})`);
      return;
    }
    const only = rest[0]!;
    const types = schemaTypes(n);
    if (nullable && types.length && !types.includes('null') && !((node.oneOf ?? node.anyOf) as Schema[] | undefined)?.some((a) => a.type === 'null') && !(n.enum as unknown[] | undefined)?.includes(null)) {
      problems.push(`${path}: null in the type, not in the schema`);
    }
    if (only.flags & ts.TypeFlags.String) return void (types.includes('string') || problems.push(`${path}: a string in the type; the schema says ${types.join(', ') || 'nothing'}`));
    if (only.flags & ts.TypeFlags.Number) return void (types.some((x) => x === 'number' || x === 'integer') || problems.push(`${path}: a number in the type; the schema says ${types.join(', ') || 'nothing'}`));
    if (only.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return void (types.includes('boolean') || problems.push(`${path}: a boolean in the type; the schema says ${types.join(', ') || 'nothing'}`));
    if (checker.isArrayType(only)) {
      if (!types.includes('array') || !n.items) return void problems.push(`${path}: an array in the type, not in the schema`);
      walk(checker.getTypeArguments(only as ts.TypeReference)[0]!, n.items as Schema, `${path}[]`);
      return;
    }
    const props = checker.getPropertiesOfType(only);
    const schemaProps = (n.properties ?? {}) as Record<string, Schema>;
    const required = new Set((n.required as string[]) ?? []);
    for (const p of props) {
      const field = `${path}.${p.name}`;
      const sub = schemaProps[p.name];
      if (!sub) {
        problems.push(`${field}: in the TypeScript type, not in the schema`);
        continue;
      }
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(p.name)) problems.push(`${field}: ${optional ? 'optional in the type, required in the schema' : 'required in the type, not in the schema\'s required list'}`);
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      const pt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getDeclaredTypeOfSymbol(p);
      walk(optional ? checker.getNonNullableType(pt) : pt, sub, field);
    }
    const names = new Set(props.map((p) => p.name));
    for (const name of Object.keys(schemaProps)) if (!names.has(name)) problems.push(`${path}.${name}: in the schema, not in the TypeScript type`);
  };

  walk(type, schema, '');
  return problems;
}

/** Paths of schema properties (and definitions) that have no description. */
export function undescribed(schema: Schema): string[] {
  const out: string[] = [];
  const walk = (n: unknown, path: string): void => {
    if (Array.isArray(n)) return n.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!n || typeof n !== 'object') return;
    const o = n as Schema;
    for (const [k, v] of Object.entries((o.properties ?? {}) as Record<string, Schema>)) {
      if (typeof v.description !== 'string' || !v.description.trim()) out.push(`${path}.${k}`);
      walk(v, `${path}.${k}`);
    }
    for (const [k, v] of Object.entries((o.definitions ?? {}) as Record<string, Schema>)) {
      if (typeof v.description !== 'string' || !v.description.trim()) out.push(`#${k}`);
      walk(v, `#${k}`);
    }
    for (const k of ['items', 'oneOf', 'anyOf', 'allOf']) if (o[k]) walk(o[k], k === 'items' ? `${path}[]` : path);
  };
  walk(schema, '');
  return out;
}
