import { appendFileSync } from 'node:fs';

/**
 * Module-resolution hook for tests of start-up cost: appends every file URL the process resolves to
 * the file named by $RECORD_MODULES. Registered by record-modules.ts.
 */
export async function resolve(
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => Promise<{ url: string }>,
): Promise<{ url: string }> {
  const r = await next(specifier, context);
  const out = process.env.RECORD_MODULES;
  if (out && r.url.startsWith('file:')) appendFileSync(out, `${r.url}\n`);
  return r;
}
