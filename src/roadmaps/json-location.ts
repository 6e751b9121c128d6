// Where a JSON syntax error is: Node 20's JSON.parse gives a position for some errors and none for others
// ("Unexpected token"), and a user needs a line and column to find the mistake in an editor.

/** One problem for a JSON.parse failure: `FILE:LINE:COLUMN: message`, or `FILE: message` when no place is known. */
export function jsonSyntaxProblem(text: string, file: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 appends a position and, for unexpected tokens, a quote of the text around it: the location replaces both.
  const message = raw.replace(/ in JSON at position \d+[\s\S]*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
  const at = / at position (\d+)/.exec(raw);
  const offset = at ? Number(at[1]) : /end of JSON input/.test(raw) ? text.trimEnd().length : syntaxErrorOffset(text);
  if (offset === undefined) return `${file}: ${message}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${file}:${line}:${column}: ${message}`;
}

/** Offset of the first syntax error, for the JSON.parse messages that give none; only run after a failure. */
function syntaxErrorOffset(text: string): number | undefined {
  const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let i = 0;
  const skip = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const string = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c !== '\\') continue;
      i++;
      if (text[i] === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
        i += 4;
      } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
    }
    return false;
  };
  const value = (): boolean => {
    skip();
    const open = text[i];
    if (open === '"') return string();
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      skip();
      for (let first = true; ; first = false) {
        if (first && text[i] === close) break;
        if (open === '{') {
          skip();
          if (text[i] !== '"' || !string()) return false;
          skip();
          if (text[i] !== ':') return false;
          i++;
        }
        if (!value()) return false;
        skip();
        if (text[i] === close) break;
        if (text[i] !== ',') return false;
        i++;
      }
      i++;
      return true;
    }
    literal.lastIndex = i;
    const match = literal.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  try {
    if (value()) skip();
    return i;
  } catch {
    return undefined; // nested too deep for this recursive scan: the message goes without a position
  }
}
