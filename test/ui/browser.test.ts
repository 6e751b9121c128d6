import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCommands, browserUnavailable, isPageUrl, isWebUrl, makeOpenUrl, splitWords, whyNoBrowser } from '../../src/ui/browser.ts';
import { messages } from '../../src/i18n/index.ts';

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

describe('isPageUrl (the progress page roadmap wrote, the only file: URL it opens)', () => {
  it.each([
    ['file:///home/me/.config/roadmap/progress.html', true],
    ['file:///tmp/a%20b/progress.html', true],
    ['file:///etc/passwd', false],
    ['file://evil.example/share/x.html', false],
    ['https://example.org/x.html', false],
    ['javascript:alert(1)//.html', false],
    ['file:///tmp/x.html extra', false],
  ])('%j -> %s', (url, ok) => {
    expect(isPageUrl(url)).toBe(ok);
  });

  it("makeOpenUrl opens a page's file: URL only when told it is the page", async () => {
    const open = makeOpenUrl({ SSH_CONNECTION: '1 2 3 4' }, 'linux');
    await expect(open('file:///tmp/progress.html')).rejects.toThrow(/non-http/);
    // Over SSH no browser starts: the page is refused by nothing but the environment.
    expect(await open('file:///tmp/progress.html', 'page')).toEqual({ opened: false, reason: 'ssh' });
    await expect(open('file:///etc/passwd', 'page')).rejects.toThrow(/non-http/);
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

describe('browserCommands', () => {
  const url = 'https://a.org/';
  it.each([
    ['firefox', [['firefox', url]]],
    ['firefox --new-tab', [['firefox', '--new-tab', url]]],
    ['w3m %s', [['w3m', url]]],
    [
      'lynx:w3m',
      [
        ['lynx', url],
        ['w3m', url],
      ],
    ],
    [
      'xdg-open %s:firefox',
      [
        ['xdg-open', url],
        ['firefox', url],
      ],
    ],
    // An empty entry is skipped, never run: the URL is not the program.
    [':firefox', [['firefox', url]]],
    ['firefox:', [['firefox', url]]],
    [':', []],
    ['::', []],
    [' ', []],
    ['%s', []],
    ['"%s"', []],
    ['%s --new-tab', []],
    ['%s:w3m', [['w3m', url]]],
    // %% is a literal %, %s may sit inside a word.
    ['echo 100%% %s', [['echo', '100%', url]]],
    ['browser --url=%s --then-quit', [['browser', `--url=${url}`, '--then-quit']]],
    // Quotes and backslashes group words; nothing else of a shell applies.
    ["'/opt/My Browser/run' --new-tab", [['/opt/My Browser/run', '--new-tab', url]]],
    ['open -a "Google Chrome"', [['open', '-a', 'Google Chrome', url]]],
    ['/opt/My\\ Browser/run', [['/opt/My Browser/run', url]]],
    ['firefox $HOME;rm|x *', [['firefox', '$HOME;rm|x', '*', url]]],
    ['"" %s', []],
    ['firefox "unclosed', []],
    ['firefox "unclosed:w3m', [['w3m', url]]],
  ])('%j', (browser, commands) => {
    expect(browserCommands(browser, url, 'linux')).toEqual(commands);
  });

  it('puts the URL in once, as it is, even when it holds %s itself', () => {
    expect(browserCommands('w3m %s', 'https://a.org/x%sy%%', 'linux')).toEqual([['w3m', 'https://a.org/x%sy%%']]);
  });

  it("separates commands with ';' on Windows, where ':' is part of a drive and '\\' of a path", () => {
    expect(browserCommands('"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -new-tab %s;msedge', url, 'win32')).toEqual([
      ['C:\\Program Files\\Mozilla Firefox\\firefox.exe', '-new-tab', url],
      ['msedge', url],
    ]);
  });

  it('splitWords', () => {
    expect(splitWords('a \'b c\' "d \\"e\\"" f\\ g \'\'', 'linux')).toEqual(['a', 'b c', 'd "e"', 'f g', '']);
    expect(splitWords("'open", 'linux')).toBeUndefined();
  });
});

describe('BROWSER that names nothing to start', () => {
  it.each([':', ' ', '%s', '"%s"'])('%j: the print fallback, and a note naming the value', (value) => {
    expect(browserUnavailable({ BROWSER: value, DISPLAY: ':0' }, 'linux')).toEqual({ opened: false, reason: 'bad-browser' });
    const note = whyNoBrowser({ opened: false, reason: 'bad-browser' }, value, messages('en'));
    expect(note).toBe(`BROWSER=${JSON.stringify(value)} names no program to start`);
    expect(whyNoBrowser({ opened: false, reason: 'bad-browser' }, value, messages('zh'))).toBe(`BROWSER=${JSON.stringify(value)} 中没有可以启动的程序`);
  });

  it('shows the value and a failure escaped', () => {
    const en = messages('en');
    expect(whyNoBrowser({ opened: false, reason: 'bad-browser' }, '\u001b]0;x\u0007\u202e', en)).toBe(
      'BROWSER="\\u001b]0;x\\u0007\\u{202e}" names no program to start',
    );
    expect(whyNoBrowser({ opened: false, reason: 'failed', detail: 'spawn \u001b[2J ENOENT' }, undefined, en)).toBe('spawn \\u{1b}[2J ENOENT');
  });
});

describe.runIf(process.platform !== 'win32')('makeOpenUrl with BROWSER', () => {
  /** A folder with a fake browser that records its arguments, and the file it records them in. */
  function fakeBrowser(body = 'printf "%s\\n" "$@" > "$(dirname "$0")/args"') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-browser-'));
    const program = path.join(dir, 'fake browser');
    fs.writeFileSync(program, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return { dir, program, args: () => fs.readFileSync(path.join(dir, 'args'), 'utf8') };
  }

  it('tries the commands in order until one starts: missing and failing ones are passed over', async () => {
    const b = fakeBrowser();
    const quoted = `'${b.program}'`;
    const open = makeOpenUrl({ BROWSER: `/nonexistent/browser %s:false:${quoted} --tab %s` }, 'linux');
    expect(await open('https://a.org/x?y=1&z')).toEqual({ opened: true });
    expect(b.args()).toBe('--tab\nhttps://a.org/x?y=1&z\n');
  });

  it('reports the last failure when none starts', async () => {
    const open = makeOpenUrl({ BROWSER: '/nonexistent/one:false' }, 'linux');
    expect(await open('https://a.org/')).toEqual({ opened: false, reason: 'failed', detail: 'false: exit 1' });
  });

  it('a value that names nothing starts nothing', async () => {
    for (const value of [':', ' ', '%s']) {
      expect(await makeOpenUrl({ BROWSER: value, DISPLAY: ':0' }, 'linux')('https://a.org/')).toEqual({ opened: false, reason: 'bad-browser' });
    }
  });
});
