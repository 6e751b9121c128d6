// Link health for `roadmap doctor --links`: is every resource address of the roadmap still alive, and where
// does it lead now? Requests are cheap ones (HEAD first), few at a time, each bounded by a timeout.
//
// Classification of one link (after following redirects by hand, at most MAX_REDIRECTS hops):
// - 'ok'      a 2xx, reached directly or through redirects that changed nothing but a trailing slash or an
//             http: -> https: upgrade (finalUrl is still reported then, so the data can be updated).
// - 'moved'   a 2xx reached through redirects that changed anything else (host, path, query, https -> http).
// - 'dead'    a final 4xx/5xx other than 401/403/429, or the host cannot be reached at all (DNS, refused).
// - 'error'   401/403/429: many sites answer scripts with these while the page is fine in a browser, so they
//             prove nothing about the link; calling them 'dead' would fail `doctor --links` on healthy links,
//             and calling them 'ok' would hide a page that really went behind a login. They are listed for a
//             human to look at, without changing the exit code. Also 'error': a non-http(s) address (never
//             requested), a redirect loop or chain longer than MAX_REDIRECTS (a site that sets a cookie and
//             redirects to itself works in a browser, so this is not proof of death), a 3xx without Location,
//             and any other status outside 2xx-5xx.
// - 'timeout' the link's time budget ran out.

import type { Roadmap } from '../core/types.ts';

export type LinkStatus = 'ok' | 'moved' | 'dead' | 'timeout' | 'error';
export type LinkMethod = 'HEAD' | 'GET';

export interface LinkResult {
  url: string;
  status: LinkStatus;
  httpStatus?: number;
  finalUrl?: string;
  redirects: number;
  method: LinkMethod;
  ms: number;
  detail?: string;
  /** Not checked at all: the whole check's time limit ran out first (status 'timeout'). */
  notChecked?: boolean;
}

/** One HTTP request without following redirects; must reject when `signal` aborts. */
export type RequestFn = (url: string, method: LinkMethod, signal: AbortSignal) => Promise<{ status: number; location?: string }>;

export interface CheckOptions {
  /** How many links are checked at the same time (default 8). */
  concurrency?: number;
  /** Time budget of one link, all its redirects and its GET fallback included (default 10000). */
  timeoutMs?: number;
  /** Time budget of the whole check (default 60000): links not finished by then are reported as not checked. */
  totalMs?: number;
  /** Called with (0, total) first, then after every finished link; total counts distinct URLs. */
  onProgress?: (done: number, total: number) => void;
  request?: RequestFn;
}

export const MAX_REDIRECTS = 5;
/** Statuses sites commonly give to scripts rather than to missing pages; see the rules above. */
export const BLOCKED_STATUSES: readonly number[] = [401, 403, 429];

export const fetchRequest: RequestFn = async (url, method, signal) => {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal,
    headers: { 'user-agent': 'roadmap-link-check', accept: '*/*' },
  });
  // Only the status matters: cancelling the body frees the connection instead of downloading a whole page.
  await response.body?.cancel().catch(() => undefined);
  return { status: response.status, location: response.headers.get('location') ?? undefined };
};

/**
 * Hosts of this machine or its local network (loopback, private, link-local, unique local): a redirect
 * from a site on the internet to one of them is not followed, so a roadmap's link cannot make roadmap
 * probe the learner's own network.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '::' || host === '0.0.0.0') return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return /^(fc|fd|fe8|fe9|fea|feb)[0-9a-f]*:/.test(host) || host.startsWith('::ffff:');
}

/** Errors that mean no network at all (no name resolution, no route), as opposed to one site being down. */
const NETWORK_DOWN = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ECONNREFUSED']);

/** Nothing answered, and every failure was the network's: the learner seems to be offline, not every link dead. */
export function seemsOffline(results: readonly LinkResult[]): boolean {
  const tried = results.filter((r) => !r.notChecked && r.detail !== 'not an http(s) URL');
  return (
    tried.length > 0 && tried.every((r) => r.httpStatus === undefined && (r.status === 'timeout' || (r.status === 'dead' && NETWORK_DOWN.has(r.detail ?? ''))))
  );
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The same place, up to a trailing slash and an http: -> https: upgrade (fragments never reach a server). */
export function samePlace(original: string, final: string): boolean {
  const a = new URL(original);
  const b = new URL(final);
  if (a.protocol === 'http:' && b.protocol === 'https:') a.protocol = 'https:';
  const key = (u: URL) => `${u.protocol}//${u.username}:${u.password}@${u.host}${u.pathname.replace(/\/$/, '')}${u.search}`;
  return key(a) === key(b);
}

/** Settles like `promise`, or rejects as soon as `signal` aborts, so a request function that ignores it still times out. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The useful part of a fetch failure: undici hides the system error (ECONNREFUSED, ENOTFOUND) in `cause`. */
function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string' && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function checkOne(url: string, request: RequestFn, timeoutMs: number, overall: AbortSignal): Promise<LinkResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let method: LinkMethod = 'HEAD';
  let redirects = 0;
  if (!isHttpUrl(url)) return { url, status: 'error', redirects, method, ms: 0, detail: 'not an http(s) URL' };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  const stop = () => controller.abort(new Error('the check ran out of time'));
  overall.addEventListener('abort', stop, { once: true });
  const send = (target: string, m: LinkMethod) => abortable(request(target, m, controller.signal), controller.signal);
  let current = url;
  const visited = new Set<string>([url]);
  const result = (fields: Omit<LinkResult, 'url' | 'redirects' | 'method' | 'ms'>): LinkResult => ({
    url,
    ...fields,
    ...(redirects > 0 && fields.finalUrl === undefined ? { finalUrl: current } : {}),
    redirects,
    method,
    ms: elapsed(),
  });

  try {
    for (;;) {
      let response: { status: number; location?: string };
      if (method === 'HEAD') {
        // Some servers refuse or mishandle HEAD (405, 501, even 404 or a reset); GET is what a browser sends,
        // and once a server needed it the rest of the chain gets it too.
        let head: { status: number; location?: string } | undefined;
        try {
          head = await send(current, 'HEAD');
        } catch (error) {
          if (controller.signal.aborted) throw error;
        }
        if (head && head.status < 400) response = head;
        else {
          method = 'GET';
          response = await send(current, 'GET');
        }
      } else {
        response = await send(current, 'GET');
      }

      const { status, location } = response;
      if (status >= 300 && status < 400 && status !== 304) {
        if (!location) return result({ status: 'error', httpStatus: status, detail: `HTTP ${status} without a Location header` });
        let next: string;
        try {
          next = new URL(location, current).href;
        } catch {
          return result({ status: 'error', httpStatus: status, detail: `HTTP ${status} to an invalid Location: ${location}` });
        }
        if (!isHttpUrl(next)) return result({ status: 'error', httpStatus: status, detail: `redirect to a non-http(s) URL: ${next}` });
        if (isLocalHost(new URL(next).hostname) && !isLocalHost(new URL(url).hostname))
          return result({ status: 'error', httpStatus: status, detail: `redirect to a local address, not followed: ${next}` });
        if (visited.has(next)) return result({ status: 'error', httpStatus: status, detail: `redirect loop at ${next}` });
        if (redirects >= MAX_REDIRECTS) return result({ status: 'error', httpStatus: status, detail: `more than ${MAX_REDIRECTS} redirects` });
        visited.add(next);
        redirects += 1;
        current = next;
        continue;
      }
      if (status >= 200 && status < 300) {
        if (redirects === 0) return result({ status: 'ok', httpStatus: status });
        return result({ status: samePlace(url, current) ? 'ok' : 'moved', httpStatus: status, finalUrl: current });
      }
      if (BLOCKED_STATUSES.includes(status)) {
        return result({ status: 'error', httpStatus: status, detail: `HTTP ${status}: the site may refuse automated checks` });
      }
      if (status >= 400 && status < 600) return result({ status: 'dead', httpStatus: status });
      return result({ status: 'error', httpStatus: status, detail: `unexpected HTTP ${status}` });
    }
  } catch (error) {
    if (overall.aborted) return { ...result({ status: 'timeout', detail: 'not checked: the time for the whole check ran out' }), notChecked: true };
    if (controller.signal.aborted) return result({ status: 'timeout', detail: `timed out after ${timeoutMs} ms` });
    return result({ status: 'dead', detail: describeError(error) });
  } finally {
    clearTimeout(timer);
    overall.removeEventListener('abort', stop);
  }
}

/** Checks every URL (each distinct one once, at most `concurrency` at a time); results follow the input order. */
export async function checkLinks(urls: string[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const request = options.request ?? fetchRequest;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 8));
  const overall = new AbortController();
  const deadline = setTimeout(() => overall.abort(), options.totalMs ?? 60_000);
  const unique = [...new Set(urls)];
  const byUrl = new Map<string, LinkResult>();
  let next = 0;
  let done = 0;
  options.onProgress?.(0, unique.length);

  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++]!;
      byUrl.set(
        url,
        overall.signal.aborted
          ? { url, status: 'timeout', redirects: 0, method: 'HEAD', ms: 0, detail: 'not checked: the time for the whole check ran out', notChecked: true }
          : await checkOne(url, request, timeoutMs, overall.signal),
      );
      done += 1;
      options.onProgress?.(done, unique.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, unique.length) }, worker));
  } finally {
    clearTimeout(deadline);
  }
  return urls.map((url) => byUrl.get(url)!);
}

/** Every resource address of the roadmap, in order of first use, with the ids of the tasks that use it. */
export function collectUrls(roadmap: Roadmap): { url: string; where: string[] }[] {
  const found = new Map<string, string[]>();
  const add = (url: string | undefined, taskId: string) => {
    if (!url) return;
    const where = found.get(url) ?? [];
    if (!where.includes(taskId)) where.push(taskId);
    found.set(url, where);
  };
  for (const week of roadmap.weeks) {
    for (const task of week.tasks) {
      for (const resource of task.resources) add(resource.url, task.id);
      add(task.paper?.url, task.id);
      add(task.paper?.code?.url, task.id);
      add(task.paper?.video?.url, task.id);
    }
  }
  return [...found].map(([url, where]) => ({ url, where }));
}

/** 1 when a link is dead; 'error' and 'timeout' need a human look but are not proof, so they leave it at 0. */
export function linksExitCode(results: LinkResult[]): 0 | 1 {
  return results.some((r) => r.status === 'dead') ? 1 : 0;
}
