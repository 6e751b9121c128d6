// Standard output and error without Node's stream machinery when they are files or pipes:
// a synchronous write is all a one-shot command needs, and it spares loading the streams at start-up.
// A terminal gets the real stream (prompts share it).

import fs from 'node:fs';
import { builtin } from '../builtin.ts';
import type { Output } from '../deps.ts';

export interface StdOutput extends Output {
  isTTY: boolean;
  columns?: number;
}

let devNull: bigint | undefined;

/**
 * Whether a descriptor is a terminal. Asking node:tty loads node:net and the streams (a tenth of a
 * start-up), so it is asked only about character devices, and /dev/null (where benchmarks and CI
 * send output) is recognised by its device number.
 */
export function isTerminal(fd: number): boolean {
  let stat: fs.BigIntStats;
  try {
    stat = fs.fstatSync(fd, { bigint: true });
  } catch {
    return false;
  }
  if (!stat.isCharacterDevice()) return false;
  devNull ??= fs.statSync('/dev/null', { bigint: true, throwIfNoEntry: false })?.rdev ?? -1n;
  if (stat.rdev === devNull) return false;
  const tty = builtin('node:tty');
  return tty.isatty(fd);
}

export function stdOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): StdOutput {
  if (isTerminal(fd)) {
    const s = stream();
    return { isTTY: true, columns: s.columns, write: (text) => void s.write(text) };
  }
  let fallback = false;
  return {
    isTTY: false,
    write(text) {
      if (fallback) {
        stream().write(text);
        return;
      }
      let bytes = Buffer.from(text);
      try {
        while (bytes.length > 0) bytes = bytes.subarray(fs.writeSync(fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A reader that went away (roadmap list | head) is not an error worth a message.
        if (code === 'EPIPE') return;
        // A non-blocking pipe that is full: hand the rest to the stream, which waits for it.
        if (code !== 'EAGAIN') throw error;
        fallback = true;
        stream().write(bytes);
      }
    },
  };
}
