// What each command loads: the read path stays light (no inquirer, no conf, no open).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, roadmap, tempHome } from './helpers.ts';

const TRACE = path.resolve(import.meta.dirname, 'fixtures/trace.cjs');
const ROOT = path.resolve(import.meta.dirname, '../..');
/** esbuild's metafile (written by the build): the packages whose code each output file holds. */
const meta = JSON.parse(fs.readFileSync(path.join(ROOT, '.build/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
function packagesIn(file: string): string[] {
  const out = meta.outputs[path.relative(ROOT, file)];
  return Object.keys(out?.inputs ?? {}).flatMap((input) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    return m ? [m[1]!] : [];
  });
}

/** The packages whose code is in the files a command loaded (from node_modules, or bundled: the metafile). */
function loadedPackages(home: string, args: string[], env: Record<string, string> = {}): Set<string> {
  const traceFile = path.join(home, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--require', TRACE, BIN, ...args], {
    env: { ...cleanEnv(home), ...env, ROADMAP_TRACE_FILE: traceFile },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(r.status, r.stderr).toBe(0);
  const packages = new Set<string>();
  for (const file of fs.readFileSync(traceFile, 'utf8').trim().split('\n')) {
    if (file.includes(`${path.sep}node_modules${path.sep}`))
      packages.add(
        file
          .split(/node_modules[\\/]/)
          .pop()!
          .split(/[\\/]/)
          .slice(0, 2)
          .join('/'),
      );
    for (const p of packagesIn(file)) packages.add(p);
  }
  return packages;
}

describe('start-up loads', () => {
  it('today (after the first run) loads neither inquirer, nor conf, nor open, nor commander (its own bundle); help does', () => {
    const home = tempHome();
    expect(roadmap(home, ['today']).code).toBe(0); // the first run records the start date
    const loaded = loadedPackages(home, ['today']);
    for (const heavy of ['@inquirer/core', '@inquirer/prompts', 'conf', 'ajv', 'open', 'proper-lockfile', 'commander'])
      expect(loaded, heavy).not.toContain(heavy);
    expect(loadedPackages(home, ['today', '--help'])).toContain('commander');
  });

  it('chalk loads only for coloured output (src/ui/style.ts): not for a pipe, nor with NO_COLOR or --no-color', () => {
    const home = tempHome();
    expect(roadmap(home, ['today']).code).toBe(0);
    expect(loadedPackages(home, ['today'])).not.toContain('chalk');
    expect(loadedPackages(home, ['today'], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain('chalk');
    expect(loadedPackages(home, ['today', '--no-color'], { FORCE_COLOR: '1' })).not.toContain('chalk');
    expect(loadedPackages(home, ['today'], { FORCE_COLOR: '1' })).toContain('chalk');
    expect(loadedPackages(home, ['log'], { FORCE_COLOR: '1' })).toContain('chalk');
  });

  it('a write needs no vendor package: the store writes and locks with its own code (src/store/durable.ts, lock.ts)', () => {
    const home = tempHome();
    const loaded = loadedPackages(home, ['done', 'w1-python-basics']);
    expect(loaded).toContain('commander');
    for (const heavy of ['@inquirer/core', 'conf', 'atomically', 'proper-lockfile']) expect(loaded, heavy).not.toContain(heavy);
  });
});

describe('the compile cache (spawned)', () => {
  const entriesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

  it('the first run writes entries and their seals, later runs use them as they are, a damaged one is replaced', () => {
    const home = tempHome();
    const cache = path.join(home, 'cc');
    const env = { NODE_COMPILE_CACHE: cache };
    const first = roadmap(home, ['today', '--lang', 'en'], env);
    expect(first.code, first.stderr).toBe(0);
    const dir = path.join(cache, 'roadmap');
    // The first run on a fresh home also records the start date: a write, with roadmap's own code only.
    const names = entriesIn(dir);
    // today's bundle (dist/today.cjs) and the catalogue of the language it speaks (dist/i18n/en.cjs), each sealed.
    expect(names.map((n) => n.replace(/^[0-9a-f]{8}-/, '')).sort()).toEqual(['en.cjs.bin', 'en.cjs.seal', 'today.cjs.bin', 'today.cjs.seal']);
    const entry = path.join(
      dir,
      names.find((n) => n.endsWith('-today.cjs.bin'))!,
    );
    const ino = fs.statSync(entry).ino;

    const second = roadmap(home, ['today', '--lang', 'en'], env);
    expect(second).toEqual(first);
    expect(fs.statSync(entry).ino).toBe(ino); // sealed and accepted by V8: not written again
    expect(entriesIn(dir)).toEqual(names);

    fs.writeFileSync(entry, 'not a code cache');
    const third = roadmap(home, ['today', '--lang', 'en'], env);
    expect(third).toEqual(first);
    expect(fs.readFileSync(entry, 'latin1').startsWith('roadmap-code-cache 3 ')).toBe(true);
    expect(entriesIn(dir)).toEqual(names);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 writes nothing, and the output is the same', () => {
    const home = tempHome();
    const cache = path.join(home, 'cc');
    const withCache = roadmap(home, ['list', '--lang', 'zh'], { NODE_COMPILE_CACHE: cache });
    const without = roadmap(home, ['list', '--lang', 'zh'], { NODE_COMPILE_CACHE: path.join(home, 'off'), NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(without).toEqual(withCache);
    expect(without.code).toBe(0);
    expect(fs.existsSync(path.join(home, 'off'))).toBe(false);
  });

  it('doctor names the cache folder, counts its entries, and warns about one it cannot use', () => {
    const home = tempHome();
    expect(roadmap(home, ['today']).code).toBe(0);
    const r = roadmap(home, ['doctor', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const cache = JSON.parse(r.stdout).cache;
    expect(cache).toMatchObject({ dir: path.join(home, 'cache'), state: 'ok', compiledCode: path.join(home, 'cache', 'code') });
    expect(cache.entries).toBeGreaterThanOrEqual(1); // compiled today.cjs
    const shared = path.join(home, 'shared');
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o777);
    const warn = roadmap(home, ['doctor', '--lang', 'en'], { ROADMAP_CACHE: shared });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain(`! Cache    ${shared} is not used`);
    expect(fs.readdirSync(shared)).toEqual([]);
  });
});

describe('built-in modules at start-up (spawned)', () => {
  it('today, --version and done load neither node:child_process, node:crypto nor node:module, on a cold cache or a warm one (nor node:os, but done)', () => {
    const home = tempHome();
    const listFile = path.join(home, 'modules.txt');
    const hook = path.join(home, 'modules.cjs');
    fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(listFile)}, process.moduleLoadList.join('\\n')));\n`);
    const cold = path.join(home, 'cold');
    for (const [args, cache] of [
      [['today'], path.join(home, 'cache')],
      [['today'], cold],
      [['--version'], path.join(home, 'cache')],
      [['done', 'w1-python-basics'], path.join(home, 'cache')],
      [['done', 'w1-python-oop'], cold],
    ] as const) {
      if (cache === cold) fs.rmSync(cold, { recursive: true, force: true });
      else roadmap(home, ['today']);
      const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { env: cleanEnv(home, { ROADMAP_CACHE: cache }), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const loaded = fs.readFileSync(listFile, 'utf8').split('\n');
      const what = `${args.join(' ')}, ${cache === cold ? 'cold' : 'warm'} cache`;
      expect(loaded, what).not.toContain('NativeModule child_process');
      // Nor on a cold cache: its entries are sealed with version keys and the boot, not hashed (compile-cache.ts).
      expect(loaded, what).not.toContain('NativeModule crypto');
      // Reading needs neither node:module nor node:os (src/builtin.ts); a write names its host in the lock.
      expect(loaded, what).not.toContain('NativeModule module');
      if (args[0] !== 'done') expect(loaded, what).not.toContain('NativeModule os');
    }
  });
});
