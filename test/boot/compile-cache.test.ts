// roadmap's compile cache: where it lives, when an entry is used, and that nothing about it can fail a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import Module from 'node:module';
import { createLoader, formatEntry, parseEntry } from '../../src/boot/compile-cache.ts';
import { compileCacheDir, pathKey, syncFile } from '../../src/cache/folder.ts';
import { sha256Hex } from '../../src/store/hash.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-cc-'));
}

/** A folder with two CommonJS files, the first requiring the second and a built-in. */
function bundles(): { main: string; dir: string } {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'helper.cjs'), 'exports.twice = (n) => n * 2;\nexports.loads = (exports.loads ?? 0) + 1;\n');
  fs.writeFileSync(
    path.join(dir, 'main.cjs'),
    "const { twice } = require('./helper.cjs');\nconst p = require('node:path');\nmodule.exports = { answer: () => twice(21), base: p.basename(__filename), self: this === module.exports };\n",
  );
  return { main: path.join(dir, 'main.cjs'), dir };
}

let fresh = 0;

/** A source this process has never compiled (V8 would otherwise reuse its own in-memory copy), same length for the same tag length. */
function freshFile(tag = 'f'): string {
  const dir = tempDir();
  const file = path.join(dir, `fresh-${tag}.cjs`);
  fs.writeFileSync(file, `module.exports = { token: ${JSON.stringify(`${tag}-${process.pid}-${String(++fresh).padStart(4, '0')}-${path.basename(dir)}`)} };\n`);
  return file;
}

function tokenOf(file: string): { token: string } {
  return { token: /token: "([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))![1]! };
}

/** A fresh file with a good entry in a cache folder. */
function cachedFresh(): { main: string; cache: string; entry: string } {
  const main = freshFile();
  const cache = path.join(tempDir(), 'cache');
  const loader = createLoader({ dir: cache });
  loader.load(main);
  loader.save();
  const entry = path.join(cache, `${pathKey(main)}-${path.basename(main)}.bin`);
  expect(parseEntry(fs.readFileSync(entry))).toBeDefined();
  return { main, cache, entry };
}

/** Records the cachedData every vm.Script is made with (what V8 is given). */
function spyCachedData(fed: Buffer[]): { restore: () => void } {
  const Original = vm.Script;
  (vm as { Script: unknown }).Script = class extends Original {
    constructor(code: string, options?: vm.ScriptOptions) {
      if (options?.cachedData) fed.push(Buffer.from(options.cachedData as Uint8Array));
      super(code, options);
    }
  };
  return { restore: () => void ((vm as { Script: unknown }).Script = Original) };
}

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('syncFile', () => {
  it('flushes a file that is there (before a seal vouches for it), and says so; false for one that is not', () => {
    const file = path.join(tempDir(), 'entry.bin');
    fs.writeFileSync(file, 'bytes');
    const before = fs.statSync(file, { bigint: true });
    expect(syncFile(file)).toBe(true);
    expect(fs.statSync(file, { bigint: true }).ctimeNs).toBe(before.ctimeNs); // the seal's keys still hold
    expect(syncFile(path.join(tempDir(), 'missing.bin'))).toBe(false);
  });
});

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

  it('an entry carries the V8 version and the SHA-256 of its source and of its data', () => {
    const data = Buffer.from([1, 2, 3]);
    const source = sha256Hex('source');
    const entry = formatEntry(source, data);
    expect(entry.toString('latin1').split('\n')[0]).toBe(`roadmap-code-cache 2 ${process.versions.v8} ${source} ${sha256Hex(data)}`);
    expect(parseEntry(entry)).toEqual({ sourceSha: source, dataSha: sha256Hex(data), data });
    const header = entry.subarray(0, entry.indexOf(0x0a) + 1).toString('latin1');
    for (const bad of [
      Buffer.from(header), // no data
      Buffer.from('garbage'),
      Buffer.from(header.replace(process.versions.v8, '1.2.3')),
      Buffer.from(header.replace('cache 2', 'cache 1')),
      Buffer.from(header.replace(source, source.slice(1))),
      Buffer.from(`${header.trimEnd()} extra\n`),
      Buffer.concat([Buffer.from(header.trimEnd()), Buffer.alloc(300, 0x20), Buffer.from('\nxyz')]),
    ]) {
      expect(parseEntry(bad)).toBeUndefined();
    }
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
    const read = () => entries(cache).map((e) => [e, fs.readFileSync(path.join(cache, e))] as const);
    const before = read();
    second.save(); // nothing stale: no entry rewritten, only the seals of the two verified ones written
    const after = read();
    expect(after.filter(([e]) => e.endsWith('.bin'))).toEqual(before);
    expect(after.map(([e]) => e).filter((e) => e.endsWith('.seal'))).toEqual(before.map(([e]) => e.replace(/\.bin$/, '.seal')));
    const third = createLoader({ dir: cache });
    third.load(main);
    third.save(); // sealed: nothing written at all
    expect(read()).toEqual(after);
  });

  it('asks for a save once when something is to be written, and never when all is sealed', () => {
    const { main } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const asked = (run: (loader: ReturnType<typeof createLoader>) => void) => {
      const calls: ((code?: number) => void)[] = [];
      const loader = createLoader({ dir: cache, whenPending: (save) => calls.push(save) });
      run(loader);
      for (const save of calls) save(0);
      return calls.length;
    };
    expect(asked((l) => l.load(main))).toBe(1); // two entries to write (main and helper), one request
    expect(asked((l) => l.load(main))).toBe(1); // their seals
    expect(asked((l) => l.load(main))).toBe(0); // sealed: no exit listener at all
    expect(fs.readdirSync(cache).filter((e) => e.endsWith('.seal'))).toHaveLength(2);
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

  it('a damaged entry never reaches V8: the file is compiled from source, and the entry rewritten', () => {
    const { main, cache, entry } = cachedFresh();
    const good = fs.readFileSync(entry);
    const seen: Buffer[] = [];
    const watching = spyCachedData(seen);
    try {
      createLoader({ dir: cache }).load(main);
    } finally {
      watching.restore();
    }
    expect(seen).toEqual([parseEntry(good)!.data]); // the spy sees what V8 is given
    // A sample of positions, the same every run: every byte of the header, then spread over the data.
    const positions = [
      ...Array.from({ length: good.indexOf(0x0a) + 40 }, (_, i) => i),
      ...Array.from({ length: 60 }, (_, i) => Math.floor(((i + 0.5) * good.length) / 60)),
    ];
    for (const at of positions) {
      const damaged = Buffer.from(good);
      damaged[at]! ^= 0xff;
      fs.writeFileSync(entry, damaged);
      const fed: Buffer[] = [];
      const loader = createLoader({ dir: cache, sha256: (b) => sha256Hex(b) });
      const spy = spyCachedData(fed);
      try {
        expect(loader.load(main)).toEqual(tokenOf(main));
      } finally {
        spy.restore();
      }
      expect(loader.compiledFrom(main)).toBe('source');
      expect(fed).toEqual([]); // V8 was given nothing
      loader.save();
      expect(parseEntry(fs.readFileSync(entry))).toBeDefined();
    }
  });

  it('an entry made from other source (even of the same length, which is all V8 checks) is not used', () => {
    const a = freshFile('aaaa');
    const b = freshFile('bbbb');
    expect(fs.statSync(a).size).toBe(fs.statSync(b).size);
    const cache = path.join(tempDir(), 'cache');
    for (const file of [a, b]) {
      const loader = createLoader({ dir: cache });
      loader.load(file);
      loader.save();
    }
    const entryOf = (file: string) => path.join(cache, `${pathKey(file)}-${path.basename(file)}.bin`);
    const sealOf = (file: string) => path.join(cache, `${pathKey(file)}-${path.basename(file)}.seal`);
    // b's entry (and, after a verified run, its seal) put where a's are.
    const sealer = createLoader({ dir: cache });
    sealer.load(b);
    sealer.save();
    fs.copyFileSync(entryOf(b), entryOf(a));
    fs.copyFileSync(sealOf(b), sealOf(a));
    const fed: Buffer[] = [];
    const spy = spyCachedData(fed);
    const loader = createLoader({ dir: cache });
    try {
      expect(loader.load(a)).toEqual(tokenOf(a));
    } finally {
      spy.restore();
    }
    expect(loader.compiledFrom(a)).toBe('source');
    expect(fed).toEqual([]);
    loader.save();
    expect(parseEntry(fs.readFileSync(entryOf(a)))!.sourceSha).toBe(sha256Hex(Module.wrap(fs.readFileSync(a, 'utf8'))));
  });

  it('a verified entry is sealed: later runs use it without hashing, until either file is written to', () => {
    const { main, cache, entry } = cachedFresh();
    const seal = entry.replace(/\.bin$/, '.seal');
    const run = () => {
      let hashes = 0;
      const loader = createLoader({ dir: cache, sha256: (b) => (hashes++, sha256Hex(b)) });
      expect(loader.load(main)).toEqual(tokenOf(main));
      loader.save();
      return { from: loader.compiledFrom(main), hashes };
    };
    expect(fs.existsSync(seal)).toBe(false);
    expect(run()).toEqual({ from: 'cache', hashes: 2 }); // verified: the data and the source hashed, then sealed
    expect(fs.existsSync(seal)).toBe(true);
    expect(run()).toEqual({ from: 'cache', hashes: 0 });
    expect(run()).toEqual({ from: 'cache', hashes: 0 });

    // The entry damaged in place, its size and times put back: its ctime tells, and the hash catches it.
    const stat = fs.statSync(entry);
    const damaged = fs.readFileSync(entry);
    damaged[damaged.length - 10]! ^= 0x01;
    fs.writeFileSync(entry, damaged);
    fs.utimesSync(entry, stat.atime, stat.mtime);
    expect(run()).toMatchObject({ from: 'source' });
    expect(run()).toEqual({ from: 'cache', hashes: 2 });
    expect(run()).toEqual({ from: 'cache', hashes: 0 });

    // The source rewritten with the same bytes: hashed again, still the same source, so still used.
    fs.writeFileSync(main, fs.readFileSync(main));
    expect(run()).toEqual({ from: 'cache', hashes: 2 });
    // A forged seal (other keys) is only a file that does not match.
    fs.writeFileSync(seal, 'roadmap-code-cache-seal 2 anything\n');
    expect(run()).toEqual({ from: 'cache', hashes: 2 });
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
    // Its folder a link (the cache folder the code folder is made in): not followed either.
    const underLink = path.join(link, 'code');
    for (const dir of [open, link, file, underLink]) {
      const loader = createLoader({ dir });
      expect((loader.load(main) as { answer: () => number }).answer()).toBe(42);
      loader.save();
      expect(loader.compiledFrom(main)).toBe('source');
    }
    expect(entries(open)).toEqual([]);
    expect(entries(fs.realpathSync(link))).toEqual([]); // not even the code folder made under it
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
    fs.writeFileSync(
      flaky,
      "globalThis.__flakyRuns = (globalThis.__flakyRuns ?? 0) + 1;\nif (globalThis.__flakyRuns === 1) throw new Error('first time');\nexports.ok = true;\n",
    );
    const loader = createLoader({ dir: undefined });
    expect(() => loader.load(flaky)).toThrow('first time');
    expect(loader.load(flaky)).toEqual({ ok: true });
  });
});
