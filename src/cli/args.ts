import { InvalidArgumentError, Option } from 'commander';
import { isRealDay } from '../core/day.js';
import { oneLine } from '../core/errors.js';

/**
 * Option parsers and shared options of the commands. This module and src/cli/commands/ load at every
 * start-up, so they import nothing but commander and small core modules.
 */

export interface CommandIo {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal (the progress line is shown only there). */
  readonly tty: boolean;
}

/** The process's own standard output and error, as the commands write to them. */
export const processIo: CommandIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  tty: Boolean(process.stderr.isTTY),
};

/** Writes to standard output: what the commands that print one result take. */
export const writeOut = (s: string): void => void process.stdout.write(s);

/** A YYYY-MM-DD option value that names a real day. */
export function isoDayArg(value: string): string {
  if (!isRealDay(value)) throw new InvalidArgumentError(`"${oneLine(value)}" is not a YYYY-MM-DD date`);
  return value;
}

export function positiveArg(value: string): number {
  const x = /^\s*[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(x) || x <= 0) throw new InvalidArgumentError(`"${oneLine(value)}" is not a positive number`);
  return x;
}

/** A count: a whole number from 1 up, written as digits ("1.5", "1e3" and "0x10" are not counts). */
export function positiveIntegerArg(value: string): number {
  const x = /^\s*[+]?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(x) || x <= 0) throw new InvalidArgumentError(`"${oneLine(value)}" is not a whole number from 1 up`);
  return x;
}

export function portArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0 to 65535)`);
  return n;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration option: a number and a unit, "90s", "15m", "1.5h", "500ms". */
export function durationArg(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
  if (!m) throw new InvalidArgumentError(`"${oneLine(value)}" is not a duration (a number and ms, s, m or h: 90s, 15m, 1h)`);
  return Math.round(Number(m[1]) * UNITS[m[2]!]!);
}

/** --every: at least a second, so a typo cannot turn polite polling into a busy loop. */
export function intervalArg(value: string): number {
  const ms = durationArg(value);
  if (ms < 1000) throw new InvalidArgumentError(`"${oneLine(value)}" is under a second: too short an interval between polls`);
  return ms;
}

export const dbOption = (): Option =>
  new Option('--db <db>', 'SQLite file or postgres:// URL (default: $ATALAYA_DB, else ./atalaya.db)');

export const lexiconOption = (): Option =>
  new Option('--lexicon <file>', 'a user lexicon of actors added over the built-in one (default: $ATALAYA_LEXICON)');
