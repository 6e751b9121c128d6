// The README's Quick start, proven on a clean copy of the repository: its two commands exactly as
// written (read from README.md), in a folder that has only what a clone has (tracked files and new
// files not ignored: no node_modules/, no dist/). npm installs from its cache, offline: a test never
// reaches the network (CI's `npm ci` filled the cache just before).
//
// The second command is the whole test suite, so it runs that suite once more inside the copy; there
// this file sees ROADMAP_QUICKSTART_INNER and skips itself, or it would never end.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const inner = process.env.ROADMAP_QUICKSTART_INNER === '1';
const hasGit = spawnSync('git', ['-C', ROOT, 'rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout?.trim() === 'true';

/** The shell commands of the README's Quick start section, in order. */
export function quickStartCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start\n'));
  if (!section) return [];
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trim());
}

/** A copy of the work tree as a clone of it would be: tracked files and new ones that are not ignored. */
function cleanCopy(): string {
  const files = execFileSync('git', ['-C', ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-clone-'));
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted but not yet committed
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(from, path.join(copy, file));
  }
  return copy;
}

describe('the README Quick start', () => {
  it('has exactly two commands: one installs and runs roadmap today, one runs the tests', () => {
    const commands = quickStartCommands(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/npm (install|ci).*roadmap today/);
    expect(commands[1]).toMatch(/npm (test|run test)/);
  });

  it.skipIf(inner || !hasGit)(
    `both commands pass on a clean copy, as written${inner ? ' (skipped: this is the run inside that copy)' : !hasGit ? ' (skipped: not a git checkout)' : ''}`,
    () => {
      const [install, test] = quickStartCommands(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
      const copy = cleanCopy();
      expect(fs.existsSync(path.join(copy, 'node_modules'))).toBe(false);
      expect(fs.existsSync(path.join(copy, 'dist'))).toBe(false);
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-quickstart-'));
      const cache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
      const env = {
        PATH: process.env.PATH,
        HOME: home,
        TZ: 'UTC',
        ROADMAP_HOME: path.join(home, 'store'),
        ROADMAP_CACHE: path.join(home, 'cache'),
        npm_config_cache: cache,
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
      };
      const first = spawnSync('bash', ['-c', install!], { cwd: copy, env: { ...env, LANG: 'en_US.UTF-8' }, encoding: 'utf8', timeout: 300_000 });
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/Week 1/);
      // A quiet install: no warning about install scripts or anything else.
      expect(first.stderr).not.toMatch(/warn|ERR/i);
      expect(fs.existsSync(path.join(home, 'store', 'progress.json'))).toBe(true);

      const second = spawnSync('bash', ['-c', test!], {
        cwd: copy,
        env: { ...env, ROADMAP_QUICKSTART_INNER: '1', CI: 'true', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 1_500_000,
      });
      expect(second.status, `${second.stdout.slice(-3000)}\n${second.stderr.slice(-3000)}`).toBe(0);
      expect(second.stdout).toMatch(/Test Files +\d+ passed \(\d+\)/);
      expect(second.stdout).not.toMatch(/^ +Tests? .*\d+ failed/m);
    },
    1_800_000,
  );
});
