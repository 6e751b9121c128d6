// Opening a URL in the browser, or saying why not (as `gh browse` does: print the URL, exit 0).
// Only http(s) URLs ever reach a browser, and never through a shell.

import module from 'node:module';
import type { Env } from '../deps.ts';

export type OpenOutcome = { opened: true } | { opened: false; reason: 'no-display' | 'ssh' | 'failed'; detail?: string };

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

/** Why no browser can be started here, judged from the environment alone. */
export function browserUnavailable(env: Env, platform: NodeJS.Platform): OpenOutcome | undefined {
  if (env.BROWSER) return undefined;
  if (env.SSH_CONNECTION || env.SSH_TTY) return { opened: false, reason: 'ssh' };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { opened: false, reason: 'no-display' };
  return undefined;
}

/** The argv for $BROWSER: its first command, with %s replaced by the URL or the URL appended. */
export function browserCommand(browserEnv: string, url: string): string[] {
  const first = browserEnv.split(':')[0]!.trim();
  const words = first.split(/\s+/).filter(Boolean);
  const hasPlaceholder = words.some((w) => w.includes('%s'));
  const args = words.map((w) => w.replaceAll('%s', url));
  return hasPlaceholder ? args : [...args, url];
}

async function spawnDetached(argv: string[]): Promise<OpenOutcome> {
  // Loaded here, not at start-up: only `open` starts a browser.
  const { spawn } = module.createRequire(import.meta.filename)('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore', detached: true, shell: false });
    child.once('error', (error) => resolve({ opened: false, reason: 'failed', detail: error.message }));
    child.once('spawn', () => {
      child.unref();
      resolve({ opened: true });
    });
  });
}

export function makeOpenUrl(env: Env, platform: NodeJS.Platform): (url: string) => Promise<OpenOutcome> {
  return async (url) => {
    if (!isWebUrl(url)) throw new Error(`refusing to open a non-http(s) URL: ${url}`);
    const unavailable = browserUnavailable(env, platform);
    if (unavailable) return unavailable;
    if (env.BROWSER) return spawnDetached(browserCommand(env.BROWSER, url));
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
