// doctor --links within bounds: a time limit for the whole check, no redirect from the internet into the
// local network, and "offline" said as such rather than every link called dead.
import { describe, expect, it } from 'vitest';
import { checkLinks, isLocalHost, seemsOffline, type RequestFn } from '../../src/links/check.ts';

const netError = (code: string) => Object.assign(new Error('fetch failed'), { cause: { code } });

describe('isLocalHost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['[::1]', true],
    ['[fd00::1]', true],
    ['0.0.0.0', true],
    ['172.32.0.1', false],
    ['8.8.8.8', false],
    ['docs.python.org', false],
    ['[2001:db8::1]', false],
  ])('%s: %s', (host, local) => expect(isLocalHost(host)).toBe(local));
});

describe('checkLinks limits', () => {
  it('a redirect from a site on the internet to a local address is not followed', async () => {
    const asked: string[] = [];
    const request: RequestFn = async (url) => {
      asked.push(url);
      return url.startsWith('https://example.com') ? { status: 302, location: 'http://169.254.169.254/latest/meta-data' } : { status: 200 };
    };
    const [r] = await checkLinks(['https://example.com/a'], { request });
    expect(r).toMatchObject({ status: 'error', detail: 'redirect to a local address, not followed: http://169.254.169.254/latest/meta-data' });
    expect(asked.every((u) => u.startsWith('https://example.com'))).toBe(true);
  });

  it('links not finished within the time of the whole check are reported as not checked', async () => {
    const request: RequestFn = (_url, _method, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const urls = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`);
    const started = Date.now();
    const results = await checkLinks(urls, { request, concurrency: 2, timeoutMs: 10_000, totalMs: 100 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(results.every((r) => r.notChecked && r.status === 'timeout')).toBe(true);
  });

  it('nothing reachable for want of a network: offline, not dead', async () => {
    const request: RequestFn = async () => {
      throw netError('ENOTFOUND');
    };
    const results = await checkLinks(['https://a.example/', 'https://b.example/'], { request });
    expect(results.map((r) => r.status)).toEqual(['dead', 'dead']);
    expect(seemsOffline(results)).toBe(true);
    // One site answering means the network is there: the others are really unreachable.
    const mixed = await checkLinks(['https://a.example/', 'https://up.example/'], {
      request: async (url) => {
        if (url.includes('up')) return { status: 200 };
        throw netError('ENOTFOUND');
      },
    });
    expect(seemsOffline(mixed)).toBe(false);
  });
});
