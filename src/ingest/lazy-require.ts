import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded on first use, synchronously (through its CommonJS build). For the libraries only
 * some inputs need — HTML parsing for pages, XML for feeds, PostgreSQL clients — so that ingesting plain
 * text neither pays their start-up time nor keeps them in the heap the whole run.
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
