// roadmap's compile cache: where it lives, when an entry is used, and that nothing about it can fail a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLoader, entryHeader } from '../../src/boot/compile-cache.ts';
import { compileCacheDir, entryData, pathKey } from '../../src/cache/folder.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-cc-'));
}

/** A folder with two CommonJS files, the first requiring the second and a built-in. */
function bundles(): { main: string; dir: string } {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'helper.cjs'), "exports.twice = (n) => n * 2;\nexports.loads = (exports.loads ?? 0) + 1;\n");
  fs.writeFileSync(
    path.join(dir, 'main.cjs'),
    "const { twice } = require('./helper.cjs');\nconst p = require('node:path');\nmodule.exports = { answer: () => twice(21), base: p.basename(__filename), self: this === module.exports };\n",
  );
  return { main: path.join(dir, 'main.cjs'), dir };
}

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('compileCacheDir', () => {
  it.each([
    { env: {}, expected: path.join('/tmp', 'roadmap-cache-1000', 'code') },
    { env: { NODE_COMPILE_CACHE: '/var/cache/node' }, expected: path.join('/var/cache/node', 'roadmap') },
    { env: { NODE_COMPILE_CACHE: 'rel' }, expected: path.resolve('rel', 'roadmap') },
    { env: { NODE_DISABLE_COMPILE_CACHE: '1' }, expected: undefined },
    { env: { NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/x' }, expected: undefined },
    { env: { ROADMAP_CACHE: '/home/u/.cache/roadmap' }, expected: path.join('/home/u/.cache/roadmap', 'code') },
    { env: { NODE_DISABLE_COMPILE_CACHE: '0' }, expected: path.join('/tmp', 'roadmap-cache-1000', 'code') },
  ])('$env -> $expected', ({ env, expected }) => {
    expect(compileCacheDir(env, '/tmp', 1000)).toBe(expected);
  });
});

describe('entries', () => {
  it('one name per path, stable', () => {
    expect(pathKey('/a/dist/main.cjs')).toBe(pathKey('/a/dist/main.cjs'));
    expect(pathKey('/a/dist/main.cjs')).not.toBe(pathKey('/b/dist/main.cjs'));
    expect(pathKey('/a/dist/main.cjs')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('an entry is used only when its header names the same file, size, time and V8', () => {
    const { main } = bundles();
    const header = entryHeader(main, fs.statSync(main));
    expect(header).toContain(process.versions.v8);
    const data = Buffer.from([1, 2, 3]);
    expect(entryData(Buffer.concat([Buffer.from(header), data]), header)).toEqual(data);
    fs.appendFileSync(main, '\n');
    const changed = entryHeader(main, fs.statSync(main));
    expect(changed).not.toBe(header);
    expect(entryData(Buffer.concat([Buffer.from(header), data]), changed)).toBeUndefined();
    expect(entryData(Buffer.from(header), header)).toBeUndefined(); // no data
    expect(entryData(Buffer.from('garbage'), header)).toBeUndefined();
  });
});

describe('createLoader', () => {
  it('compiles from source first, writes entries when saved, and compiles from the cache next time', () => {
    const { main, dir } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const first = createLoader({ dir: cache });
    const m = first.load(main) as { answer: () => number; base: string; self: boolean };
    expect(m.answer()).toBe(42);
    expect(m.base).toBe('main.cjs');
    expect(m.self).toBe(true);
    expect(first.compiledFrom(main)).toBe('source');
    expect(first.compiledFrom(path.join(dir, 'helper.cjs'))).toBe('source');
    expect(entries(cache)).toEqual([]); // nothing before save
    first.save();
    expect(entries(cache)).toEqual([`${pathKey(path.join(dir, 'helper.cjs'))}-helper.cjs.bin`, `${pathKey(main)}-main.cjs.bin`].sort());
    expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    for (const e of entries(cache)) expect(fs.statSync(path.join(cache, e)).mode & 0o777).toBe(0o600);

    const second = createLoader({ dir: cache });
    expect((second.load(main) as { answer: () => number }).answer()).toBe(42);
    expect(second.compiledFrom(main)).toBe('cache');
    expect(second.compiledFrom(path.join(dir, 'helper.cjs'))).toBe('cache');
    const before = entries(cache).map((e) => fs.readFileSync(path.join(cache, e)));
    second.save(); // nothing stale: nothing rewritten
    expect(entries(cache).map((e) => fs.readFileSync(path.join(cache, e)))).toEqual(before);
  });

  it('loads each file once', () => {
    const { main, dir } = bundles();
    const loader = createLoader({ dir: undefined });
    loader.load(main);
    const helper = loader.load(path.join(dir, 'helper.cjs')) as { loads: number };
    expect(helper.loads).toBe(1);
    expect(loader.load(main)).toBe(loader.load(main));
  });

  it('a changed file is compiled from its source, and its entry replaced', () => {
    const { main } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const first = createLoader({ dir: cache });
    first.load(main);
    first.save();
    fs.writeFileSync(main, "module.exports = { answer: () => 'changed' };\n");
    fs.utimesSync(main, new Date(), new Date(Date.now() + 5000));
    const second = createLoader({ dir: cache });
    expect((second.load(main) as { answer: () => string }).answer()).toBe('changed');
    expect(second.compiledFrom(main)).toBe('source');
    second.save();
    const third = createLoader({ dir: cache });
    expect((third.load(main) as { answer: () => string }).answer()).toBe('changed');
    expect(third.compiledFrom(main)).toBe('cache');
  });

  it('a damaged entry is rejected by V8, the file compiled from source, and the entry rewritten', () => {
    // A source this process has never compiled (V8 would otherwise reuse its own in-memory copy).
    const dir = tempDir();
    const main = path.join(dir, 'fresh.cjs');
    fs.writeFileSync(main, `module.exports = { token: ${JSON.stringify(path.basename(dir))} };\n`);
    const cache = path.join(tempDir(), 'cache');
    fs.mkdirSync(cache, { mode: 0o700 });
    const entry = path.join(cache, `${pathKey(main)}-fresh.cjs.bin`);
    const header = entryHeader(main, fs.statSync(main));
    fs.writeFileSync(entry, Buffer.concat([Buffer.from(header), Buffer.alloc(64, 0xab)]));
    const loader = createLoader({ dir: cache });
    expect(loader.load(main)).toEqual({ token: path.basename(dir) });
    expect(loader.compiledFrom(main)).toBe('source');
    loader.save();
    const rewritten = fs.readFileSync(entry);
    expect(entryData(rewritten, header)).toBeDefined();
    expect(rewritten.subarray(header.length).equals(Buffer.alloc(64, 0xab))).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('a folder that is not safe to use is left alone: no entries read or written', () => {
    const { main } = bundles();
    const open = path.join(tempDir(), 'open');
    fs.mkdirSync(open, { mode: 0o777 });
    fs.chmodSync(open, 0o777);
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(tempDir(), link);
    const file = path.join(tempDir(), 'file');
    fs.writeFileSync(file, 'x');
    for (const dir of [open, link, file]) {
      const loader = createLoader({ dir });
      expect((loader.load(main) as { answer: () => number }).answer()).toBe(42);
      loader.save();
      expect(loader.compiledFrom(main)).toBe('source');
    }
    expect(entries(open)).toEqual([]);
    expect(entries(fs.realpathSync(link))).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('a folder that cannot be written to costs nothing but the cache', () => {
    const { main } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const loader = createLoader({ dir: cache });
    loader.load(main);
    fs.chmodSync(cache, 0o500);
    try {
      expect(() => loader.save()).not.toThrow();
    } finally {
      fs.chmodSync(cache, 0o700);
    }
    expect(entries(cache).filter((e) => e.endsWith('.tmp'))).toEqual([]);
  });

  it('a file that throws while loading is loaded again next time, not half-loaded', () => {
    const dir = tempDir();
    const flaky = path.join(dir, 'flaky.cjs');
    fs.writeFileSync(flaky, "globalThis.__flakyRuns = (globalThis.__flakyRuns ?? 0) + 1;\nif (globalThis.__flakyRuns === 1) throw new Error('first time');\nexports.ok = true;\n");
    const loader = createLoader({ dir: undefined });
    expect(() => loader.load(flaky)).toThrow('first time');
    expect(loader.load(flaky)).toEqual({ ok: true });
  });
});
