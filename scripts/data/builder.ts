/** A compiler of some of data/ into build/ (registered in scripts/build-data.ts). */
export interface DataBuilder {
  readonly name: string;
  /** Writes its compiled tables into `outDir`; throws with file:line and reason on bad data. */
  build(outDir: string): void;
}
