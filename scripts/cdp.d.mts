// Types for cdp.mjs (plain JavaScript), so TypeScript tests can import it.

/** A DevTools protocol message's params or result: JSON, read by field (see field() in the tests). */
export type CdpObject = Record<string, unknown>;

export interface CdpEvent {
  method: string;
  params: CdpObject;
  sessionId?: string;
}

export interface Browser {
  /** Sends a DevTools command (to a page's session when given) and resolves with its result. */
  send(method: string, params?: object, sessionId?: string): Promise<CdpObject>;
  /** Every event received so far, in order. */
  events: CdpEvent[];
  /** The first event of this method (of this session), already received or still to come. */
  waitFor(method: string, sessionId?: string, timeoutMs?: number): Promise<CdpEvent>;
  /** Closes the browser (killing it if it does not go) and removes its profile. */
  close(): Promise<void>;
  /** The end of what the browser wrote on stderr. */
  stderr(): string;
}

/** The Chromium on this machine, or null. */
export function findChromium(): string | null;

/** Starts headless Chromium on a pipe, with a fresh profile. */
export function launch(options: { binary: string; timeoutMs?: number }): Promise<Browser>;

/** Opens a page in a new tab with Runtime, Log, Network and Page events on, and waits for its load event. */
export function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number; mobile?: boolean },
): Promise<{ targetId: string; sessionId: string; evaluate: (expression: string) => Promise<unknown> }>;
