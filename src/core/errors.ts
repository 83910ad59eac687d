/**
 * Typed errors carrying the context a user needs: which input, which record, which stage. "No match" is
 * never an error; these are for input that is broken or a stage that failed.
 */
export class AtalayaError extends Error {
  constructor(
    message: string,
    /** Where: a file name, "stdin", "line 12", a document id. */
    readonly where: string | null = null,
  ) {
    super(message);
    this.name = 'AtalayaError';
  }

  /** One line for a person: "where: message". */
  describe(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

/** Input that cannot be read: missing file, binary content, undecodable bytes, a malformed record. */
export class InputError extends AtalayaError {
  override name = 'InputError';
}

/** A pipeline stage threw on one document; the batch goes on. */
export class StageError extends AtalayaError {
  override name = 'StageError';
  constructor(
    readonly stage: string,
    override readonly cause: unknown,
    where: string | null,
  ) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, where);
  }
}

/** The pipeline's stage list is inconsistent (a stage requires a layer nothing before it provides). */
export class PipelineError extends AtalayaError {
  override name = 'PipelineError';
}
