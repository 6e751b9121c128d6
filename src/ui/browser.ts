// Opening a URL in the browser, or saying why not (as `gh browse` does: print the URL, exit 0).
// Only http(s) URLs ever reach a browser, and never through a shell.

import { builtin } from '../builtin.ts';
import { visible } from '../core/escape.ts';
import type { Env } from '../deps.ts';
import type { Messages } from '../i18n/types.ts';

export type OpenOutcome = { opened: true } | { opened: false; reason: 'no-display' | 'ssh' | 'bad-browser' | 'failed'; detail?: string };

/** True for an absolute http: or https: URL that cannot be mistaken for an option. */
export function isWebUrl(text: string): boolean {
  if (text.startsWith('-') || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The file: URL of a local HTML file (the progress page roadmap wrote): no host, an absolute path ending in .html. */
export function isPageUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'file:' && url.hostname === '' && url.pathname.endsWith('.html') && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** Why no browser can be started here, judged from the environment alone. */
export function browserUnavailable(env: Env, platform: NodeJS.Platform): OpenOutcome | undefined {
  if (env.BROWSER) return browserCommands(env.BROWSER, 'https://example.org/', platform).length > 0 ? undefined : { opened: false, reason: 'bad-browser' };
  if (env.SSH_CONNECTION || env.SSH_TTY) return { opened: false, reason: 'ssh' };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { opened: false, reason: 'no-display' };
  return undefined;
}

/** Why no browser started, in the reader's words; what came from $BROWSER is shown escaped. */
export function whyNoBrowser(outcome: OpenOutcome, browserEnv: string | undefined, msg: Messages): string {
  if (outcome.opened) return '';
  switch (outcome.reason) {
    case 'ssh':
      return msg.overSsh;
    case 'no-display':
      return msg.noDisplay;
    case 'bad-browser':
      return msg.badBrowser(visible(JSON.stringify(browserEnv ?? '')));
    case 'failed':
      return outcome.detail === undefined ? msg.browserError : visible(outcome.detail, 120);
  }
}

/**
 * One command of $BROWSER split into words as a POSIX shell would split them (Python's webbrowser uses
 * shlex the same way), but nothing else a shell does: quotes group, a backslash escapes (not on Windows,
 * where it separates folders), and `$`, `*`, `;` or `|` are plain characters. Undefined for an unclosed quote.
 */
export function splitWords(text: string, platform: NodeJS.Platform = process.platform): string[] | undefined {
  const words: string[] = [];
  let word = '';
  /** A word has begun (an empty quoted word '' counts). */
  let inWord = false;
  let quote: "'" | '"' | null = null;
  const escapes = platform !== 'win32';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (escapes && ch === '\\' && (next === '"' || next === '\\')) word += text[++i]!;
      else word += ch;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (ch === "'" || ch === '"') quote = ch;
      else if (escapes && ch === '\\' && next !== undefined) word += text[++i]!;
      else word += ch;
    }
  }
  if (quote !== null) return undefined;
  if (inWord) words.push(word);
  return words;
}

/**
 * The commands $BROWSER names for `url`, in the order to try them, as the convention says
 * (http://www.catb.org/~esr/BROWSER/): a list of commands separated by ':' (';' on Windows, where ':'
 * is part of a drive), `%s` replaced by the URL and `%%` by '%', the URL appended when there is no `%s`.
 * A command that is empty, cannot be split, or would have the URL as its program (`%s`, `:`, ` `) is left
 * out: the URL is never run as a program.
 */
export function browserCommands(browserEnv: string, url: string, platform: NodeJS.Platform = process.platform): string[][] {
  const commands: string[][] = [];
  for (const part of browserEnv.split(platform === 'win32' ? ';' : ':')) {
    const words = splitWords(part, platform);
    if (words === undefined || words.length === 0) continue;
    const [program, ...rest] = words as [string, ...string[]];
    if (program === '' || program.includes('%s')) continue;
    let placed = false;
    const fill = (word: string) =>
      word.replace(/%([%s])/g, (_all, what: string) => {
        if (what === '%') return '%';
        placed = true;
        return url;
      });
    const argv = [fill(program), ...rest.map(fill)];
    commands.push(placed ? argv : [...argv, url]);
  }
  return commands;
}

/** A launcher that exits with a failure within this time did not open the page: the next command is tried. */
const FAILURE_WINDOW_MS = 500;

async function spawnDetached(argv: string[]): Promise<OpenOutcome> {
  // Loaded here, not at start-up: only `open` starts a browser.
  const { spawn } = builtin('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore', detached: true, shell: false });
    child.once('error', (error) => resolve({ opened: false, reason: 'failed', detail: error.message }));
    child.once('spawn', () => {
      // A browser that keeps running is a browser that started; one that exits says by its status.
      const running = setTimeout(() => resolve({ opened: true }), FAILURE_WINDOW_MS);
      child.once('exit', (code, signal) => {
        clearTimeout(running);
        resolve(
          code === 0 ? { opened: true } : { opened: false, reason: 'failed', detail: `${argv[0]}: ${code === null ? `killed by ${signal}` : `exit ${code}`}` },
        );
      });
      child.unref();
    });
  });
}

export function makeOpenUrl(env: Env, platform: NodeJS.Platform): (url: string, kind?: 'page') => Promise<OpenOutcome> {
  return async (url, kind?: 'page') => {
    if (kind === 'page' ? !isPageUrl(url) : !isWebUrl(url)) throw new Error(`refusing to open a non-http(s) URL: ${url}`);
    const unavailable = browserUnavailable(env, platform);
    if (unavailable) return unavailable;
    if (env.BROWSER) {
      // Tried in order until one starts.
      let outcome: OpenOutcome = { opened: false, reason: 'bad-browser' };
      for (const argv of browserCommands(env.BROWSER, url, platform)) {
        outcome = await spawnDetached(argv);
        if (outcome.opened) break;
      }
      return outcome;
    }
    try {
      const { default: open } = await import('open');
      const child = await open(url);
      return await new Promise<OpenOutcome>((resolve) => {
        child.once('error', (error) => resolve({ opened: false, reason: 'failed', detail: error.message }));
        child.once('exit', (code) => resolve(code ? { opened: false, reason: 'failed', detail: `exit ${code}` } : { opened: true }));
        // A browser launcher that keeps running is a browser that started.
        setTimeout(() => resolve({ opened: true }), 1500).unref();
      });
    } catch (error) {
      return { opened: false, reason: 'failed', detail: (error as Error).message };
    }
  };
}
