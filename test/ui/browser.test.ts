import { describe, expect, it } from 'vitest';
import { browserCommand, browserUnavailable, isWebUrl, makeOpenUrl } from '../../src/ui/browser.ts';

describe('isWebUrl', () => {
  it.each([
    ['https://docs.python.org/3/tutorial/index.html', true],
    ['http://127.0.0.1:8080/x', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['-n https://example.org', false],
    ['--help', false],
    ['ftp://example.org', false],
    ['https://', false],
    ['example.org', false],
    ['https://example.org/a b', false],
    ['', false],
  ])('%j -> %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });

  it('makeOpenUrl refuses anything but http(s) before starting anything', async () => {
    const open = makeOpenUrl({ BROWSER: '/bin/echo' }, 'linux');
    await expect(open('file:///etc/passwd')).rejects.toThrow(/non-http/);
  });
});

describe('browserUnavailable', () => {
  it.each([
    [{}, 'linux', 'no-display'],
    [{ DISPLAY: ':0' }, 'linux', undefined],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', undefined],
    [{ DISPLAY: ':0', SSH_CONNECTION: '1 2 3 4' }, 'linux', 'ssh'],
    [{ SSH_TTY: '/dev/pts/1' }, 'darwin', 'ssh'],
    [{}, 'darwin', undefined],
    [{ BROWSER: 'w3m' }, 'linux', undefined],
  ] as const)('%j on %s -> %s', (env, platform, reason) => {
    const r = browserUnavailable(env, platform);
    expect(r && !r.opened ? r.reason : undefined).toBe(reason);
  });
});

describe('browserCommand', () => {
  it.each([
    ['firefox', ['firefox', 'https://a.org/']],
    ['firefox --new-tab', ['firefox', '--new-tab', 'https://a.org/']],
    ['w3m %s', ['w3m', 'https://a.org/']],
    ['lynx:w3m', ['lynx', 'https://a.org/']],
  ])('%j', (browser, argv) => {
    expect(browserCommand(browser, 'https://a.org/')).toEqual(argv);
  });
});
