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

  /** One line for a person: "where: message", control characters in either escaped. */
  describe(): string {
    return problem(this.where, this.message);
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

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text with its control characters escaped (\n, \t, \u0007…): a file name or a quoted record may
 * hold a newline, and an error must stay one line a script can split on.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The one-line form of every failure: "where: reason", both escaped. */
export function problem(where: string | null, message: string): string {
  return where ? `${oneLine(where)}: ${oneLine(message)}` : oneLine(message);
}

/** An error's message with the driver's code when the message lacks it (SQLITE_FULL, ECONNRESET, 53100). */
export function messageWithCode(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
