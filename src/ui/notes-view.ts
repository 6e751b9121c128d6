// Notes as `show` and `notes` print them: the day, then the text wrapped and indented.

import type { Note } from '../core/state.ts';
import { displayText } from '../core/escape.ts';
import { wrap } from './width.ts';

export function noteLines(notes: Note[], width: number, indent: string): string[] {
  return notes.flatMap((n) => [`${indent}${n.date}`, ...wrap(displayText(n.text), Math.max(20, width - indent.length - 2)).map((l) => `${indent}  ${l}`)]);
}
