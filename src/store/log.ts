// The event log beside a store's snapshot (events.jsonl): a header line naming the log (with a random
// id, new each time the log is rewritten), then one event per line, appended and fsynced, never
// changed in place. A crash during an append leaves at most a torn last line without its newline: it
// was never acknowledged (the snapshot is written after the append), so readers drop it, and the next
// write cuts it off before appending.

import fs from 'node:fs';
import path from 'node:path';
import type { StoreEvent } from '../core/state.ts';
import { readRegular, writeWhole, type FsError } from './durable.ts';

export const LOG_FORMAT = 'roadmap-events';

export interface LogHeader {
  format: typeof LOG_FORMAT;
  id: string;
}

export interface LogRead {
  id: string;
  events: StoreEvent[];
  /** Bytes up to the end of the last complete line. */
  bytes: number;
  /** Bytes of a torn last line (a crash during an append), dropped. */
  torn: number;
}

/** The log that goes with a snapshot: events.jsonl beside progress.json, <id>.events.jsonl beside <id>.json. */
export function logPathOf(snapshotFile: string): string {
  const base = path.basename(snapshotFile, '.json');
  return path.join(path.dirname(snapshotFile), base === 'progress' ? 'events.jsonl' : `${base}.events.jsonl`);
}

export function newLogId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function headerLine(id: string): string {
  return `${JSON.stringify({ format: LOG_FORMAT, id } satisfies LogHeader)}\n`;
}

/** A log that is not what it should be: its first problem, with the line number. */
export class LogError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}, line ${line}: ${problem}`);
  }
}

/** Splits complete lines from `text`, starting at line number `firstLine`. */
function parseLines(file: string, text: string, firstLine: number): { events: StoreEvent[]; complete: number } {
  const events: StoreEvent[] = [];
  let start = 0;
  let line = firstLine;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    if (body.trim() !== '') {
      let event: unknown;
      try {
        event = JSON.parse(body);
      } catch {
        throw new LogError(file, line, 'not valid JSON');
      }
      if (typeof event !== 'object' || event === null || !Number.isSafeInteger((event as StoreEvent).seq)) throw new LogError(file, line, 'not an event');
      events.push(event as StoreEvent);
    }
    start = end + 1;
    line++;
  }
  return { events, complete: start };
}

/** Reads a whole log; null when there is none. */
export function readLog(file: string): LogRead | null {
  const bytes = readRegular(file);
  if (bytes === null) return null;
  const text = bytes.toString('utf8');
  const first = text.indexOf('\n');
  let header: Partial<LogHeader> | undefined;
  try {
    header = first < 0 ? undefined : (JSON.parse(text.slice(0, first)) as Partial<LogHeader>);
  } catch {
    header = undefined;
  }
  if (!header || header.format !== LOG_FORMAT || typeof header.id !== 'string')
    throw new LogError(file, 1, `not a roadmap event log (no "format": "${LOG_FORMAT}" header)`);
  const { events, complete } = parseLines(file, text.slice(first + 1), 2);
  const end = Buffer.byteLength(text.slice(0, first + 1 + complete), 'utf8');
  return { id: header.id, events, bytes: end, torn: bytes.length - end };
}

/** The events after byte `from` (the end of what the snapshot includes), and where the complete lines end. */
export function readLogTail(file: string, from: number): { events: StoreEvent[]; bytes: number; torn: number } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - from));
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    const text = buffer.subarray(0, read).toString('utf8');
    const { events, complete } = parseLines(file, text, 0);
    const bytes = from + Buffer.byteLength(text.slice(0, complete), 'utf8');
    return { events, bytes, torn: from + read - bytes };
  } finally {
    fs.closeSync(fd);
  }
}

/** The size of a log file; undefined when there is none. */
export function logSize(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch (error) {
    if ((error as FsError).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Appends events to the log at byte `at` (the end of its complete lines: a torn line after it is cut
 * off first), writing until every byte is down, then fsyncs. Returns the log's new size. On a failure
 * the log is cut back to `at`, so a half-written line never stays.
 */
export function appendLog(file: string, at: number, events: readonly StoreEvent[]): number {
  const bytes = Buffer.from(events.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
  const fd = fs.openSync(file, 'r+');
  try {
    if (fs.fstatSync(fd).size !== at) fs.ftruncateSync(fd, at);
    let offset = 0;
    try {
      while (offset < bytes.length) {
        const n = fs.writeSync(fd, bytes, offset, bytes.length - offset, at + offset);
        if (n <= 0) throw Object.assign(new Error(`no space left to append to ${file}`), { code: 'ENOSPC' });
        offset += n;
      }
      fs.fsyncSync(fd);
    } catch (error) {
      try {
        fs.ftruncateSync(fd, at);
        fs.fsyncSync(fd);
      } catch {
        // The torn line is dropped by readers all the same.
      }
      throw error;
    }
    return at + bytes.length;
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a whole new log (a new id), whole or not at all. Returns its size. */
export function writeLog(file: string, id: string, events: readonly StoreEvent[]): number {
  const text = headerLine(id) + events.map((e) => `${JSON.stringify(e)}\n`).join('');
  writeWhole(file, text);
  return Buffer.byteLength(text, 'utf8');
}
