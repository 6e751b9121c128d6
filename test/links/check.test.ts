// Link checking against a real local HTTP server (127.0.0.1 only), plus the URL collection and the report.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { checkLinks, collectUrls, linksExitCode, type LinkResult, type RequestFn } from '../../src/links/check.ts';
import { progressBar, renderLinkReport } from '../../src/links/render.ts';
import { messages } from '../../src/i18n/index.ts';
import type { Lang, Roadmap } from '../../src/core/types.ts';
import type { ViewContext } from '../../src/ui/common.ts';
import { displayWidth } from '../../src/ui/width.ts';

let server: Server;
let base = '';
/** "METHOD /path" of every request the server saw since the last reset. */
let seen: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
const pending = new Set<NodeJS.Timeout>();

function later(res: ServerResponse, ms: number, status: number): void {
  const timer = setTimeout(() => {
    pending.delete(timer);
    res.writeHead(status).end('late');
  }, ms);
  pending.add(timer);
  // A client that gave up should not leave a timer keeping the server busy.
  res.once('close', () => {
    clearTimeout(timer);
    pending.delete(timer);
  });
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  seen.push(`${req.method} ${req.url}`);
  inFlight += 1;
  maxInFlight = Math.max(maxInFlight, inFlight);
  res.once('close', () => void (inFlight -= 1));
  const redirect = (status: number, to: string) => res.writeHead(status, { location: to }).end();
  const path = (req.url ?? '/').split('?')[0];
  switch (path) {
    case '/ok':
    case '/new-home':
    case '/slash/':
    case '/chain-end':
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
    case '/head-refused':
      return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end('get only');
    case '/moved':
      return void redirect(301, '/new-home');
    case '/slash':
      return void redirect(301, '/slash/');
    case '/chain':
      return void redirect(302, '/chain-2');
    case '/chain-2':
      return void redirect(302, `${base}/chain-end`);
    case '/loop':
      return void redirect(302, '/loop');
    case '/gone':
      return void res.writeHead(404).end('not here');
    case '/boom':
      return void res.writeHead(500).end('oops');
    case '/forbidden':
      return void res.writeHead(403).end('no bots');
    case '/slow':
      return later(res, 3000, 200);
    case '/slowish':
      return later(res, 100, 200);
    default:
      return void res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  inFlight = 0;
  maxInFlight = 0;
});

describe('checkLinks against a local server', () => {
  it.each([
    ['/ok', 'ok', 200, 0, undefined, 'HEAD'],
    ['/head-refused', 'ok', 200, 0, undefined, 'GET'],
    ['/moved', 'moved', 200, 1, '/new-home', 'HEAD'],
    ['/slash', 'ok', 200, 1, '/slash/', 'HEAD'],
    ['/chain', 'moved', 200, 2, '/chain-end', 'HEAD'],
    ['/loop', 'error', 302, 0, undefined, 'HEAD'],
    ['/gone', 'dead', 404, 0, undefined, 'GET'],
    ['/boom', 'dead', 500, 0, undefined, 'GET'],
    ['/slow', 'timeout', undefined, 0, undefined, 'HEAD'],
    ['/forbidden', 'error', 403, 0, undefined, 'GET'],
  ] as const)('%s -> %s', async (path, status, httpStatus, redirects, finalPath, method) => {
    const [r] = await checkLinks([`${base}${path}`], { timeoutMs: path === '/slow' ? 300 : 2000 });
    expect(r).toMatchObject({ url: `${base}${path}`, status, redirects, method });
    expect(r!.httpStatus).toBe(httpStatus);
    expect(r!.finalUrl).toBe(finalPath && `${base}${finalPath}`);
    expect(r!.ms).toBeGreaterThanOrEqual(0);
    if (status === 'error' || status === 'timeout') expect(r!.detail).toBeTruthy();
    if (path === '/loop') expect(r!.detail).toMatch(/redirect loop/);
  });

  it('caps a chain of redirects at 5 hops', async () => {
    let hops = 0;
    const request: RequestFn = async (url) => ({ status: 302, location: `${url.split('?')[0]}?n=${++hops}` });
    const [r] = await checkLinks(['https://example.invalid/a'], { request });
    expect(r).toMatchObject({ status: 'error', redirects: 5, httpStatus: 302 });
    expect(r!.detail).toMatch(/more than 5 redirects/);
    expect(hops).toBe(6);
  });

  it('times out even when the request function ignores the signal', async () => {
    const request: RequestFn = () => new Promise(() => undefined);
    const [r] = await checkLinks(['https://example.invalid/'], { request, timeoutMs: 50 });
    expect(r!.status).toBe('timeout');
  });

  it('keeps at most `concurrency` requests in flight and reports progress up to the total', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `${base}/slowish?i=${i}`);
    const progress: [number, number][] = [];
    const results = await checkLinks(urls, { concurrency: 2, onProgress: (d, t) => progress.push([d, t]) });
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('ok'));
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(maxInFlight).toBe(2);
    expect(progress[0]).toEqual([0, 6]);
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(progress.map(([d]) => d)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('requests a duplicate URL once and returns results in input order', async () => {
    const urls = [`${base}/ok`, `${base}/gone`, `${base}/ok`];
    const results = await checkLinks(urls);
    expect(results.map((r) => r.status)).toEqual(['ok', 'dead', 'ok']);
    expect(seen.filter((s) => s.endsWith(' /ok'))).toEqual(['HEAD /ok']);
  });

  it('never requests a non-http(s) URL', async () => {
    const calls: string[] = [];
    const request: RequestFn = async (url) => (calls.push(url), { status: 200 });
    const results = await checkLinks(['file:///etc/passwd', 'javascript:alert(1)', 'not a url'], { request });
    expect(results.map((r) => r.status)).toEqual(['error', 'error', 'error']);
    expect(calls).toEqual([]);
  });

  it('refuses to follow a redirect to a non-http(s) URL', async () => {
    const request: RequestFn = async () => ({ status: 302, location: 'file:///etc/passwd' });
    const [r] = await checkLinks(['https://example.invalid/'], { request });
    expect(r).toMatchObject({ status: 'error', redirects: 0 });
  });

  it('reports a refused connection as dead', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [r] = await checkLinks([`http://127.0.0.1:${port}/`], { timeoutMs: 2000 });
    expect(r!.status).toBe('dead');
    expect(r!.detail).toMatch(/ECONNREFUSED/);
  });

  it('an http -> https upgrade alone is ok, with the final URL', async () => {
    const request: RequestFn = async (url) => (url.startsWith('http:') ? { status: 301, location: url.replace('http:', 'https:') } : { status: 200 });
    const [r] = await checkLinks(['http://example.invalid/a/'], { request });
    expect(r).toMatchObject({ status: 'ok', redirects: 1, finalUrl: 'https://example.invalid/a/' });
  });
});

describe('linksExitCode', () => {
  const r = (status: LinkResult['status']): LinkResult => ({ url: 'https://a.org/', status, redirects: 0, method: 'HEAD', ms: 1 });
  it.each([
    [[], 0],
    [[r('ok'), r('moved'), r('error'), r('timeout')], 0],
    [[r('ok'), r('dead')], 1],
  ] as const)('%j -> %i', (results, code) => {
    expect(linksExitCode([...results])).toBe(code);
  });
});

describe('collectUrls', () => {
  const L = (en: string) => ({ en, zh: en });
  const task = (id: string) => ({ id, title: L(id), description: L(id), estimateMinutes: 1 });
  const roadmap: Roadmap = {
    formatVersion: 1,
    id: 't',
    title: L('t'),
    source: L('t'),
    tips: [],
    weeks: [
      {
        id: 'w1',
        from: 1,
        to: 1,
        title: L('w'),
        goal: L('g'),
        tasks: [
          {
            ...task('a'),
            resources: [
              { title: L('x'), kind: 'doc', url: 'https://x.org/', language: 'en' },
              { title: L('none'), kind: 'site', language: 'zh' },
            ],
          },
          {
            ...task('b'),
            resources: [{ title: L('x again'), kind: 'doc', url: 'https://x.org/', language: 'en' }],
            paper: {
              title: 'P',
              authors: 'A',
              year: 2016,
              key: 'p',
              url: 'https://arxiv.org/abs/1',
              code: { title: L('code'), kind: 'code', url: 'https://github.com/p', language: 'en' },
              video: { title: L('video'), kind: 'video', language: 'zh' },
            },
          },
        ],
      },
    ],
  };
  it('lists every address once with the tasks using it', () => {
    expect(collectUrls(roadmap)).toEqual([
      { url: 'https://x.org/', where: ['a', 'b'] },
      { url: 'https://arxiv.org/abs/1', where: ['b'] },
      { url: 'https://github.com/p', where: ['b'] },
    ]);
  });
});

describe('renderLinkReport', () => {
  const ctx = (lang: Lang): ViewContext => ({ lang, msg: messages(lang), style: new Chalk({ level: 0 }), columns: 100 });
  const res = (url: string, fields: Partial<LinkResult>): LinkResult => ({ url, status: 'ok', redirects: 0, method: 'HEAD', ms: 5, ...fields });
  const results = [
    res('https://a.org/', { httpStatus: 200 }),
    res('https://b.org/old', { status: 'moved', httpStatus: 200, redirects: 1, finalUrl: 'https://b.org/new' }),
    res('https://c.org/', { status: 'dead', httpStatus: 404, method: 'GET' }),
    res('https://d.org/', { status: 'error', httpStatus: 403, method: 'GET', detail: 'x' }),
    res('https://e.org/', { status: 'timeout', ms: 300 }),
    res('https://f.invalid/', { status: 'dead', detail: 'ENOTFOUND' }),
  ];
  const usedBy = new Map([
    ['https://b.org/old', ['w1-basics']],
    ['https://c.org/', ['w2-cnn', 'w3-paper']],
    ['https://d.org/', ['a', 'b', 'c', 'd', 'e']],
    ['https://e.org/', ['w1-basics']],
  ]);

  it('summarises, then lists the non-ok links worst first, aligned', () => {
    expect(renderLinkReport(results, usedBy, ctx('en'), messages('en').links.report).split('\n')).toEqual([
      'Checked 6 links: 1 ok, 1 moved, 2 dead, 2 timed out or failed',
      '  dead     w2-cnn, w3-paper  https://c.org/  HTTP 404',
      '  dead     -                 https://f.invalid/  unreachable (ENOTFOUND)',
      '  timeout  w1-basics         https://e.org/  no answer within 300 ms',
      '  check    a, b, c +2        https://d.org/  HTTP 403: the site refuses scripts; open it in a browser',
      '  moved    w1-basics         https://b.org/old  → https://b.org/new',
      '',
    ]);
  });

  it('aligns Chinese status words by display width', () => {
    const lines = renderLinkReport(results, usedBy, ctx('zh'), messages('zh').links.report).split('\n');
    expect(lines[0]).toBe('共检查 6 个链接：1 个正常，1 个已迁移，2 个失效，2 个超时或无法判断');
    const urlColumns = lines.slice(1, -1).map((l) => displayWidth(l.slice(0, l.indexOf('https://'))));
    expect(new Set(urlColumns).size).toBe(1);
    expect(lines[5]).toBe('  已迁移  w1-basics         https://b.org/old  → https://b.org/new');
  });

  it('says so when every link is ok', () => {
    expect(renderLinkReport([results[0]!], new Map(), ctx('en'), messages('en').links.report)).toBe(
      'Checked 1 link: 1 ok, 0 moved, 0 dead, 0 timed out or failed\nEvery link answers.\n',
    );
  });

  it('draws a progress bar', () => {
    expect(progressBar(12, 51, 10)).toBe('[██░░░░░░░░] 12/51');
    expect(progressBar(5, 10, 10)).toBe('[█████░░░░░]  5/10');
    expect(progressBar(0, 0, 4)).toBe('[████] 0/0');
  });
});
