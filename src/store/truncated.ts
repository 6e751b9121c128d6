// Reading a JSON text that was cut short: the longest prefix that ends after a complete value, closed
// with the brackets still open. Used only to salvage a damaged store (repair.ts); a loop over the
// characters with an explicit stack, so no input can overflow the call stack.

export interface Prefix {
  /** The prefix, closed into a JSON text. */
  text: string;
  /** The keys and indexes leading to the container the cut is in ([] at the top level). */
  path: (string | number)[];
}

export function truncatedPrefix(text: string): Prefix | undefined {
  const open: ('{' | '[')[] = [];
  /** Per object level: whether the next string is a key. */
  const expectKey: boolean[] = [];
  /** Per level: the key (objects) or index (arrays) being read. */
  const place: (string | number)[] = [];
  let cut: Prefix | undefined;
  const valueEnded = (at: number) => {
    if (open.length === 0) return;
    let closers = '';
    for (let k = open.length - 1; k >= 0; k--) closers += open[k] === '{' ? '}' : ']';
    cut = { text: text.slice(0, at) + closers, path: place.slice(0, 1) };
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) break;
      const level = open.length - 1;
      if (open[level] === '{' && expectKey[level]) {
        expectKey[level] = false;
        try {
          place[level] = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return cut;
        }
      } else valueEnded(j + 1);
      i = j + 1;
    } else if (c === '{' || c === '[') {
      open.push(c);
      expectKey.push(c === '{');
      place.push(c === '[' ? 0 : '');
      i++;
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey.pop();
      place.pop();
      i++;
      valueEnded(i);
    } else if (c === ',') {
      const level = open.length - 1;
      if (open[level] === '{') expectKey[level] = true;
      else if (open[level] === '[') place[level] = (place[level] as number) + 1;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9') || c === 't' || c === 'f' || c === 'n') {
      let j = i;
      while (j < text.length && /[-+0-9.eEtruefalsn]/.test(text[j]!)) j++;
      if (j >= text.length) break;
      i = j;
      valueEnded(i);
    } else i++;
  }
  return cut;
}
