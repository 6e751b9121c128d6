// What the loader answers itself, before the CLI bundle is read (`--version` or -V alone), and the command whose compiled code it caches.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { asksVersionOnly, bundleFor, cacheVariant } from '../../src/boot/start.ts';
import { roadmap, tempHome } from '../e2e/helpers.ts';

describe('--version at boot', () => {
  it('is --version or -V alone; anything more goes to the CLI', () => {
    expect(asksVersionOnly(['--version'])).toBe(true);
    expect(asksVersionOnly(['-V'])).toBe(true);
    for (const args of [[], ['--version', 'today'], ['today', '--version'], ['--', '--version'], ['--lang', 'zh', '-V'], ['--versions']]) {
      expect(asksVersionOnly(args), args.join(' ')).toBe(false);
    }
  });

  it('prints the package version without loading the CLI bundle (no compile-cache entry is made)', () => {
    const home = tempHome();
    for (const flag of ['--version', '-V']) {
      const r = roadmap(home, [flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
    expect(fs.existsSync(path.join(home, 'cache', 'code'))).toBe(false);
    // The CLI answers the same when it gets there.
    expect(roadmap(home, ['--lang', 'en', '--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('compiled code per command', () => {
  it('the variant is the command a run executes; today, help and no command share the default', () => {
    expect(cacheVariant([])).toBeUndefined();
    expect(cacheVariant(['today', '--minutes', '30'])).toBeUndefined();
    expect(cacheVariant(['--lang', 'zh'])).toBeUndefined();
    expect(cacheVariant(['help', 'list'])).toBeUndefined();
    expect(cacheVariant(['list'])).toBe('list');
    expect(cacheVariant(['--lang', 'zh', 'show', 'w1'])).toBe('show');
    expect(cacheVariant(['--no-color', 'done', '1'])).toBe('done');
    expect(cacheVariant(['--', 'stats'])).toBe('stats');
    for (const odd of [['../x'], ['LIST'], ['a'.repeat(30)], ['w1-python-basics!']]) expect(cacheVariant(odd), odd[0]).toBeUndefined();
  });

  it("an everyday command runs its bundle (list and show share one); any other command, bare `roadmap` and help the whole CLI's", () => {
    const main = path.join('/x', 'dist', 'main.cjs');
    const bundle = (name: string) => path.join('/x', 'dist', `${name}.cjs`);
    for (const [args, name] of [
      [['today'], 'today'],
      [['--lang', 'zh', 'today', '--date', 'yesterday'], 'today'],
      [['today', '--help'], 'today'], // the bundle hands it to main.cjs
      [['list', '--week', '2'], 'list'],
      [['show', 'w1'], 'list'],
      [['stats', '--json'], 'stats'],
    ] as [string[], string][])
      expect(bundleFor(args, main), args.join(' ')).toBe(bundle(name));
    for (const args of [[], ['--date', 'yesterday'], ['help', 'today'], ['--', 'log'], ['done', '1'], ['--help'], ['todya'], ['constructor'], ['__proto__']])
      expect(bundleFor(args, main), args.join(' ')).toBe(main);
  });

  it('each command gets an entry of main.cjs of its own, made by a run that succeeds', () => {
    const home = tempHome();
    const code = path.join(home, 'cache', 'code');
    const mains = () => fs.readdirSync(code).filter((n) => n.endsWith('-main.cjs.bin')).length;
    const todays = () => fs.readdirSync(code).filter((n) => n.endsWith('-today.cjs.bin')).length;
    expect(roadmap(home, ['today']).code).toBe(0);
    expect([mains(), todays()]).toEqual([0, 1]);
    expect(roadmap(home, ['log']).code).toBe(0);
    expect(mains()).toBe(1);
    expect(roadmap(home, ['log', '--lang', 'zh']).code).toBe(0); // the same command: its entry is used
    expect(mains()).toBe(1);
    expect(roadmap(home, ['papers']).code).toBe(0);
    expect(mains()).toBe(2);
    expect(roadmap(home, ['done', 'no-such-task']).code).not.toBe(0);
    expect(roadmap(home, ['logg']).code).toBe(2);
    expect([mains(), todays()]).toEqual([2, 1]);
    const again = roadmap(home, ['log']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(roadmap(home, ['log'], { NODE_DISABLE_COMPILE_CACHE: '1' }).stdout);
  });
});
