// Where each task is in a roadmap file's bytes, found without parsing the file into objects: a scan
// of JSON's structure (strings, brackets) that descends only into the top level and the weeks.
// Structural characters are ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character,
// so the bytes can be scanned as they are.

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class Scanner {
  constructor(private readonly b: Buffer) {}

  ws(i: number): number {
    while (i < this.b.length && WS.has(this.b[i]!)) i++;
    return i;
  }

  /** The end (exclusive) of the string starting at i. */
  string(i: number): number {
    for (i++; i < this.b.length; i++) {
      if (this.b[i] === BACKSLASH) i++;
      else if (this.b[i] === QUOTE) return i + 1;
    }
    throw new Error('unterminated string');
  }

  /** The end (exclusive) of the value starting at i (after white space). */
  value(i: number): number {
    const c = this.b[i];
    if (c === QUOTE) return this.string(i);
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      for (; i < this.b.length; i++) {
        const d = this.b[i];
        if (d === QUOTE) i = this.string(i) - 1;
        else if (d === 0x7b || d === 0x5b) depth++;
        else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
      }
      throw new Error('unterminated value');
    }
    while (i < this.b.length && !WS.has(this.b[i]!) && this.b[i] !== 0x2c && this.b[i] !== 0x7d && this.b[i] !== 0x5d) i++;
    return i;
  }

  /** Calls `member` with each key and where its value starts, in an object starting at i; returns its end. */
  object(i: number, member: (key: string, at: number) => void): number {
    if (this.b[i] !== 0x7b) throw new Error('not an object');
    i = this.ws(i + 1);
    if (this.b[i] === 0x7d) return i + 1;
    for (;;) {
      const keyEnd = this.string(i);
      const key = JSON.parse(this.b.toString('utf8', i, keyEnd)) as string;
      i = this.ws(keyEnd);
      if (this.b[i] !== 0x3a) throw new Error('no colon');
      const at = this.ws(i + 1);
      member(key, at);
      i = this.ws(this.value(at));
      if (this.b[i] === 0x7d) return i + 1;
      if (this.b[i] !== 0x2c) throw new Error('no comma');
      i = this.ws(i + 1);
    }
  }

  /** The ranges of the elements of an array starting at i. */
  array(i: number): [number, number][] {
    if (this.b[i] !== 0x5b) throw new Error('not an array');
    const out: [number, number][] = [];
    i = this.ws(i + 1);
    if (this.b[i] === 0x5d) return out;
    for (;;) {
      const end = this.value(i);
      out.push([i, end]);
      i = this.ws(end);
      if (this.b[i] === 0x5d) return out;
      if (this.b[i] !== 0x2c) throw new Error('no comma');
      i = this.ws(i + 1);
    }
  }
}

/** Where each task is in a roadmap file's bytes: [week][task] -> [start, end). As JSON.parse, the last of repeated keys counts. */
export function taskRanges(bytes: Buffer): [number, number][][] {
  const s = new Scanner(bytes);
  let weeks: [number, number][][] = [];
  s.object(s.ws(0), (key, at) => {
    if (key !== 'weeks') return;
    weeks = s.array(at).map(([start]) => {
      let tasks: [number, number][] = [];
      s.object(start, (k, a) => {
        if (k === 'tasks') tasks = s.array(a);
      });
      return tasks;
    });
  });
  return weeks;
}
