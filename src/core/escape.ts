// Text from data (ids, keys, file names) shown inside a message: control and format characters (ESC,
// CR, bidi overrides, zero-width marks) become visible \u{…} escapes, so they cannot drive the
// terminal, and long text is shortened.

export function visible(text: string, max = 60): string {
  const shown = text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
