// Text from files (roadmaps, imports, notes) is data: it must never drive the terminal. Everything it
// could do that with is made visible or escaped here, before any of roadmap's own colours and links are
// added around it:
// - C0 controls except newline and tab (ESC starts every terminal sequence; CR overwrites a line), DEL,
//   and C1 controls (0x9b is a one-byte CSI in some terminals) become visible \u{…} escapes;
// - bidirectional overrides and isolates, zero-width and other invisible formatting characters (Unicode
//   category Cf), and the line and paragraph separators, become visible escapes too (they can make a
//   text read as something other than what it is).

// Category Cf is written out (Unicode 17, test/sanitize.test.ts keeps it a superset of the running Node's \p{Cf}):
// \p{Cf} in a regular expression makes V8 build the set from ICU's tables when it is first used, about 2
// million instructions of every run that prints (callgrind, 2026-12-02).
/** Category Cf, Unicode 17, as a character-class body. */
const FORMAT = String.raw`\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0001}\u{E0020}-\u{E007F}`;

/** Characters that must not reach a terminal as they are. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${FORMAT}]`, 'gu');

const escaped = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/** Text from data, safe to print: unsafe characters become visible escapes; newlines and tabs stay. */
export function displayText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escaped) : text;
}

/** Text from data (ids, keys, file names) shown inside a one-line message: also no newline or tab, and shortened. */
export function visible(text: string, max = 60): string {
  const shown = displayText(text).replace(/[\n\t]/g, escaped);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** JSON's own escapes for what JSON.stringify leaves raw (C1, DEL, Cf, U+2028/9): the same data, safe to print. */
const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${FORMAT}]`, 'gu');

export function safeJson(json: string): string {
  JSON_UNSAFE.lastIndex = 0;
  return JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
