// What the loader answers itself, before the CLI bundle is read: `--version` (or -V) alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { asksVersionOnly } from '../../src/boot/start.ts';
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
