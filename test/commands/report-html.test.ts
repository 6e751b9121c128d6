// report --format html in process: stdout or a file, the store folder's page opened in a (fake) browser
// with the print fallback, bad --out, the format error, and exit codes through the whole CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_FILE, reportCommand, reportPageCommand } from '../../src/commands/report.ts';
import { UsageError } from '../../src/errors.ts';
import { messages } from '../../src/i18n/index.ts';
import { run } from '../../src/main.ts';
import { memoryStore } from '../../src/store/store.ts';
import { fakeDeps } from '../helpers.ts';
import { bundledRoadmap, reportState, TODAY } from '../fixtures/report.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-report-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const fake = (options: Parameters<typeof fakeDeps>[0] = {}, tty = false) => {
  const f = fakeDeps({ roadmap: bundledRoadmap, state: reportState(), now: `${TODAY}T21:00:00`, ...options });
  f.deps.stdoutIsTTY = tty;
  f.deps.home = path.join(tempDir(), 'store');
  return f;
};

const en = messages('en').reportPage;

describe('report --format html', () => {
  it('without a terminal and without --out: the page on stdout, nothing written or opened', async () => {
    const f = fake();
    const result = await reportPageCommand({ format: 'html' }, f.deps);
    expect(f.stdout()).toBe(result.html);
    expect(result.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.file).toBeNull();
    expect(f.opened).toEqual([]);
    expect(fs.existsSync(f.deps.home)).toBe(false);
  });

  it('--out - is stdout even in a terminal', async () => {
    const f = fake({}, true);
    const result = await reportPageCommand({ format: 'html', out: '-' }, f.deps);
    expect(f.stdout()).toBe(result.html);
    expect(f.opened).toEqual([]);
  });

  it('in a terminal: written to the store folder and opened in the browser', async () => {
    const f = fake({}, true);
    const result = await reportPageCommand({ format: 'html' }, f.deps);
    const file = path.join(f.deps.home, PAGE_FILE);
    expect(result.file).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(result.html);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(f.opened).toEqual([pathToFileURL(file).href]);
    expect(f.stdout()).toBe(`${en.opened(file)}\n`);
    expect(f.stderr()).toBe('');
  });

  it('when no browser starts: the path on stdout and why on stderr, exit 0 (as open does)', async () => {
    const f = fake({ browser: { opened: false, reason: 'ssh' } }, true);
    const result = await reportPageCommand({ format: 'html' }, f.deps);
    expect(f.stdout()).toBe(`${result.file}\n`);
    expect(f.stderr()).toBe(`${messages('en').noBrowser(messages('en').overSsh)}\n`);
    expect(fs.existsSync(result.file!)).toBe(true);
  });

  it('--out FILE: written whole, said on stdout, not opened; again over the same file', async () => {
    const f = fake({}, true);
    const file = path.join(tempDir(), 'progress.html');
    const first = await reportPageCommand({ format: 'html', out: file }, f.deps);
    expect(fs.readFileSync(file, 'utf8')).toBe(first.html);
    expect(f.stdout()).toBe(`${en.written(file)}\n`);
    expect(f.opened).toEqual([]);
    await reportPageCommand({ format: 'html', out: file, date: '2026-02-01' }, f.deps);
    expect(fs.readFileSync(file, 'utf8')).toContain(en.footer('2026-02-01'));
    // No temp file is left beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['progress.html']);
  });

  it('--lang decides the page language', async () => {
    const f = fake({ lang: 'zh' });
    const { html } = await reportPageCommand({ format: 'html' }, f.deps);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(messages('zh').reportPage.burnup);
  });

  it('--date: the page as of that day, the same text each time', async () => {
    const a = await reportPageCommand({ format: 'html', date: '2026-01-20' }, fake().deps);
    const b = await reportPageCommand({ format: 'html', date: '2026-01-20' }, fake().deps);
    expect(a.html).toBe(b.html);
    expect(a.html).toContain(messages('en').report.asOf('2026-01-20', '2026-01-05'));
    // Tasks done after that day are not done on it.
    expect(a.html).toContain(en.tasks(9, 0, 42));
  });

  it.each([
    ['a folder', (dir: string) => dir, (dir: string) => en.outIsFolder(dir)],
    ['in a missing folder', (dir: string) => path.join(dir, 'nope', 'page.html'), (dir: string) => en.outNoFolder(path.join(dir, 'nope'))],
    [
      'under a file',
      (dir: string) => (fs.writeFileSync(path.join(dir, 'f'), ''), path.join(dir, 'f', 'page.html')),
      (dir: string) => en.outNoFolder(path.join(dir, 'f')),
    ],
    ['not a regular file', () => '/dev/null', () => en.outNotFile('/dev/null')],
  ])('bad --out (%s): one clear usage error, nothing written', async (_what, out, message) => {
    const dir = tempDir();
    const f = fake();
    const target = out(dir);
    const before = fs.readdirSync(dir);
    const error = await reportPageCommand({ format: 'html', out: target }, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message(dir));
    expect(fs.readdirSync(dir)).toEqual(before);
    expect(f.stdout()).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)('bad --out (no permission): a usage error naming the folder', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    try {
      const error = await reportPageCommand({ format: 'html', out: path.join(dir, 'page.html') }, fake().deps).catch((e: unknown) => e);
      expect((error as UsageError).message).toBe(en.outNoPermission(dir));
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('an unknown format names md and html; --out with md is refused', () => {
    expect(() => reportCommand({ format: 'pdf' }, fakeDeps().deps)).toThrow(messages('en').report.badFormat('pdf'));
    expect(messages('en').report.badFormat('pdf')).toMatch(/md.*html/);
    expect(messages('zh').report.badFormat('pdf')).toMatch(/md.*html/);
    expect(() => reportCommand({ format: 'md', out: 'x.html' }, fakeDeps().deps)).toThrow(en.outNeedsHtml);
  });
});

describe('report --format html through the CLI', () => {
  async function cli(args: string[], home: string) {
    const out: string[] = [];
    const err: string[] = [];
    const opened: string[] = [];
    const code = await run({
      argv: ['node', 'roadmap', ...args],
      env: { ROADMAP_HOME: home },
      stdout: { write: (t) => void out.push(t), isTTY: false },
      stderr: { write: (t) => void err.push(t) },
      stdinIsTTY: false,
      platform: 'linux',
      now: () => new Date(`${TODAY}T12:00:00`),
      store: memoryStore(reportState()),
      roadmap: bundledRoadmap,
      openUrl: async (url) => (opened.push(url), { opened: true }),
    });
    return { code, stdout: out.join(''), stderr: err.join(''), opened };
  }

  it('exit 0 with the page on stdout; exit 2 and one line for a bad --out or format', async () => {
    const home = tempDir();
    const ok = await cli(['report', '--format', 'html'], home);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('<section id="burnup"');
    expect(ok.stderr).toBe('');
    for (const args of [
      ['report', '--format', 'html', '--out', home],
      ['report', '--format', 'html', '--out', path.join(home, 'missing', 'p.html')],
      ['report', '--format', 'pdf'],
      ['report', '--out', path.join(home, 'p.html')],
    ]) {
      const bad = await cli(args, home);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
      expect(bad.stdout).toBe('');
    }
    expect((await cli(['report', '--format', 'pdf'], home)).stderr).toContain('md (Markdown) or html');
  });
});
