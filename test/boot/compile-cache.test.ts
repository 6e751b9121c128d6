// roadmap's compile cache: where it lives, when an entry is used, and that nothing about it can fail a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createLoader, formatEntry, parseEntry, sealText } from '../../src/boot/compile-cache.ts';
import { bootId, compileCacheDir, pathKey, versionKey, writeEntry } from '../../src/cache/folder.ts';
import { realOps, type WriteOps } from '../../src/store/durable.ts';

const BOOT = '0b5e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER_BOOT = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

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
  const loader = createLoader({ dir: cache, bootId: () => BOOT });
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

/** The write calls, with the fsyncs counted. */
function countingOps(): { ops: WriteOps; fsyncs: () => number } {
  let fsyncs = 0;
  return { ops: { ...realOps, fsyncSync: (fd) => (fsyncs++, fs.fsyncSync(fd)) }, fsyncs: () => fsyncs };
}

describe('bootId', () => {
  it.runIf(process.platform === 'linux')("is Linux's boot id, the same for every read in a boot", () => {
    expect(bootId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(bootId()).toBe(fs.readFileSync('/proc/sys/kernel/random/boot_id', 'latin1').trim());
  });

  it.runIf(process.platform === 'linux')('is undefined when there is none, or what is there is not an id', () => {
    const dir = tempDir();
    expect(bootId(path.join(dir, 'missing'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'odd'), 'not-a-boot-id\n');
    expect(bootId(path.join(dir, 'odd'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'good'), `${BOOT}\n`);
    expect(bootId(path.join(dir, 'good'))).toBe(BOOT);
  });
});

describe('writeEntry', () => {
  it('writes whole without fsync, and returns the status of the very file written', () => {
    const file = path.join(tempDir(), 'entry.bin');
    const { ops, fsyncs } = countingOps();
    const stat = writeEntry(file, Buffer.from('bytes'), { ops });
    expect(versionKey(stat!)).toBe(versionKey(fs.statSync(file, { bigint: true })));
    expect(fs.readFileSync(file, 'latin1')).toBe('bytes');
    expect(fsyncs()).toBe(0);
    expect(writeEntry(file, Buffer.from('again'), { ops, durable: true })?.ino).toBe(fs.statSync(file, { bigint: true }).ino);
    expect(fsyncs()).toBe(1); // durable: the file flushed before it is renamed into place
  });

  it('returns undefined when the file is not written (a full disk, a missing folder) or another took its place at once', () => {
    const dir = tempDir();
    const full: WriteOps = { ...realOps, writeSync: () => 0 };
    expect(writeEntry(path.join(dir, 'full.bin'), Buffer.from('bytes'), { ops: full })).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]); // no temp file left
    expect(writeEntry(path.join(dir, 'no', 'such.bin'), Buffer.from('bytes'))).toBeUndefined();
    // Another run's entry renamed over this one's right after it: its status is not this write's.
    const raced = path.join(dir, 'raced.bin');
    const other = path.join(dir, 'other.bin');
    fs.writeFileSync(other, 'theirs');
    const racing: WriteOps = {
      ...realOps,
      renameSync: (from, to) => {
        realOps.renameSync(from, to);
        realOps.renameSync(other, to);
      },
    };
    expect(writeEntry(raced, Buffer.from('mine'), { ops: racing })).toBeUndefined();
    expect(fs.readFileSync(raced, 'latin1')).toBe('theirs');
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

  it('an entry is a header of this format and V8 version, padded so that the data starts on a multiple of 8 bytes', () => {
    const data = Buffer.from([1, 2, 3]);
    const entry = formatEntry(data);
    const end = entry.indexOf(0x0a);
    expect(entry.toString('latin1', 0, end).trimEnd()).toBe(`roadmap-code-cache 3 ${process.versions.v8}`);
    expect((end + 1) % 8).toBe(0);
    expect(parseEntry(entry)).toEqual(data);
    const header = entry.subarray(0, end + 1).toString('latin1');
    for (const bad of [
      Buffer.from(header), // no data
      Buffer.from('garbage'),
      Buffer.from(`${header.replace(process.versions.v8, '1.2.3')}xyz`),
      Buffer.from(`${header.replace('cache 3', 'cache 2')}xyz`),
      Buffer.from(`${header.trimEnd()} x\nxyz`), // not aligned
      Buffer.concat([Buffer.from(header.trimEnd()), Buffer.alloc(300, 0x20), Buffer.from('\nxyz')]),
    ]) {
      expect(parseEntry(bad)).toBeUndefined();
    }
  });

  it("a seal names the boot and both files' version keys", () => {
    const file = path.join(tempDir(), 'f');
    fs.writeFileSync(file, 'x');
    const st = fs.statSync(file, { bigint: true });
    const key = `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
    expect(sealText(BOOT, st, st)).toBe(`roadmap-code-cache-seal 3 ${BOOT} ${key} ${key}\n`);
  });
});

describe('createLoader', () => {
  it('compiles from source first, writes entries and their seals when saved, and compiles from the cache next time', () => {
    const { main, dir } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const first = createLoader({ dir: cache, bootId: () => BOOT });
    const m = first.load(main) as { answer: () => number; base: string; self: boolean };
    expect(m.answer()).toBe(42);
    expect(m.base).toBe('main.cjs');
    expect(m.self).toBe(true);
    expect(first.compiledFrom(main)).toBe('source');
    expect(first.compiledFrom(path.join(dir, 'helper.cjs'))).toBe('source');
    expect(entries(cache)).toEqual([]); // nothing before save
    first.save();
    const names = [`${pathKey(path.join(dir, 'helper.cjs'))}-helper.cjs`, `${pathKey(main)}-main.cjs`].flatMap((n) => [`${n}.bin`, `${n}.seal`]).sort();
    expect(entries(cache)).toEqual(names);
    expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    for (const e of entries(cache)) expect(fs.statSync(path.join(cache, e)).mode & 0o777).toBe(0o600);
    const seal = fs.readFileSync(path.join(cache, `${pathKey(main)}-main.cjs.seal`), 'latin1');
    expect(seal).toBe(sealText(BOOT, fs.statSync(path.join(cache, `${pathKey(main)}-main.cjs.bin`), { bigint: true }), fs.statSync(main, { bigint: true })));

    const second = createLoader({ dir: cache, bootId: () => BOOT });
    expect((second.load(main) as { answer: () => number }).answer()).toBe(42);
    expect(second.compiledFrom(main)).toBe('cache');
    expect(second.compiledFrom(path.join(dir, 'helper.cjs'))).toBe('cache');
    const read = () => entries(cache).map((e) => [e, fs.statSync(path.join(cache, e)).ino, fs.readFileSync(path.join(cache, e))] as const);
    const before = read();
    second.save(); // all sealed: nothing written
    expect(read()).toEqual(before);
  });

  it('asks for a save once when something is to be written, and never when all is sealed', () => {
    const { main } = bundles();
    const cache = path.join(tempDir(), 'cache');
    const asked = (run: (loader: ReturnType<typeof createLoader>) => void) => {
      const calls: ((code?: number) => void)[] = [];
      const loader = createLoader({ dir: cache, bootId: () => BOOT, whenPending: (save) => calls.push(save) });
      run(loader);
      for (const save of calls) save(0);
      return calls.length;
    };
    expect(asked((l) => l.load(main))).toBe(1); // two entries to write (main and helper), one request
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
    const first = createLoader({ dir: cache, bootId: () => BOOT });
    first.load(main);
    first.save();
    fs.writeFileSync(main, "module.exports = { answer: () => 'changed' };\n");
    const second = createLoader({ dir: cache, bootId: () => BOOT });
    expect((second.load(main) as { answer: () => string }).answer()).toBe('changed');
    expect(second.compiledFrom(main)).toBe('source');
    second.save();
    const third = createLoader({ dir: cache, bootId: () => BOOT });
    expect((third.load(main) as { answer: () => string }).answer()).toBe('changed');
    expect(third.compiledFrom(main)).toBe('cache');
    // Written again with the very same bytes: another version of the file, so compiled once more.
    fs.writeFileSync(main, fs.readFileSync(main));
    const fourth = createLoader({ dir: cache, bootId: () => BOOT });
    fourth.load(main);
    expect(fourth.compiledFrom(main)).toBe('source');
  });

  it('an entry damaged in place (its size and times put back) never reaches V8: compiled from source, and rewritten', () => {
    const { main, cache, entry } = cachedFresh();
    const seen: Buffer[] = [];
    const watching = spyCachedData(seen);
    try {
      createLoader({ dir: cache, bootId: () => BOOT }).load(main);
    } finally {
      watching.restore();
    }
    expect(seen).toEqual([parseEntry(fs.readFileSync(entry))]); // the spy sees what V8 is given
    const length = fs.statSync(entry).size;
    // A sample of positions, the same every run: every byte of the header, then spread over the data.
    const positions = [...Array.from({ length: 48 }, (_, i) => i), ...Array.from({ length: 60 }, (_, i) => Math.floor(((i + 0.5) * length) / 60))];
    const seal = entry.replace(/\.bin$/, '.seal');
    for (const at of positions) {
      // The entry's times set to whole seconds (which utimes can put back exactly) and sealed as they are: it is used.
      fs.utimesSync(entry, 1_700_000_000, 1_700_000_000);
      fs.writeFileSync(seal, sealText(BOOT, fs.statSync(entry, { bigint: true }), fs.statSync(main, { bigint: true })));
      const check = createLoader({ dir: cache, bootId: () => BOOT });
      check.load(main);
      expect(check.compiledFrom(main)).toBe('cache');
      const stat = fs.statSync(entry, { bigint: true });
      const damaged = fs.readFileSync(entry);
      damaged[at]! ^= 0xff;
      // The file system's clock moves in ticks of up to 10 ms: a write in the tick of the seal's would keep the change time.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 12);
      fs.writeFileSync(entry, damaged); // the same file (inode), other bytes
      fs.utimesSync(entry, 1_700_000_000, 1_700_000_000);
      const now = fs.statSync(entry, { bigint: true });
      expect([now.ino, now.size, now.mtimeNs]).toEqual([stat.ino, stat.size, stat.mtimeNs]);
      expect(now.ctimeNs).not.toBe(stat.ctimeNs); // only the change time tells
      const fed: Buffer[] = [];
      const loader = createLoader({ dir: cache, bootId: () => BOOT });
      const spy = spyCachedData(fed);
      try {
        expect(loader.load(main)).toEqual(tokenOf(main));
      } finally {
        spy.restore();
      }
      expect(loader.compiledFrom(main)).toBe('source');
      expect(fed).toEqual([]); // V8 was given nothing
      loader.save();
      const again = createLoader({ dir: cache, bootId: () => BOOT });
      again.load(main);
      expect(again.compiledFrom(main)).toBe('cache');
    }
  });

  it('an entry made from other source (even of the same length, which is all V8 checks) is not used, seal and all', () => {
    const a = freshFile('aaaa');
    const b = freshFile('bbbb');
    expect(fs.statSync(a).size).toBe(fs.statSync(b).size);
    const cache = path.join(tempDir(), 'cache');
    for (const file of [a, b]) {
      const loader = createLoader({ dir: cache, bootId: () => BOOT });
      loader.load(file);
      loader.save();
    }
    const entryOf = (file: string) => path.join(cache, `${pathKey(file)}-${path.basename(file)}.bin`);
    const sealOf = (file: string) => path.join(cache, `${pathKey(file)}-${path.basename(file)}.seal`);
    // b's entry and seal put where a's are (a copy, or a rename: the seal names b's source either way).
    fs.copyFileSync(entryOf(b), entryOf(a));
    fs.copyFileSync(sealOf(b), sealOf(a));
    fs.renameSync(entryOf(b), `${entryOf(a)}.b`);
    const fed: Buffer[] = [];
    const spy = spyCachedData(fed);
    const loader = createLoader({ dir: cache, bootId: () => BOOT });
    try {
      expect(loader.load(a)).toEqual(tokenOf(a));
      fs.renameSync(`${entryOf(a)}.b`, entryOf(a));
      const renamed = createLoader({ dir: cache, bootId: () => BOOT });
      expect(renamed.load(a)).toEqual(tokenOf(a));
      expect(renamed.compiledFrom(a)).toBe('source');
    } finally {
      spy.restore();
    }
    expect(loader.compiledFrom(a)).toBe('source');
    expect(fed).toEqual([]);
  });

  it('a seal of another boot is not trusted (a crash may have left other bytes under the same keys): compiled, and sealed anew', () => {
    const { main, cache, entry } = cachedFresh(); // sealed in BOOT
    const after = createLoader({ dir: cache, bootId: () => OTHER_BOOT });
    expect(after.load(main)).toEqual(tokenOf(main));
    expect(after.compiledFrom(main)).toBe('source');
    after.save();
    expect(fs.readFileSync(entry.replace(/\.bin$/, '.seal'), 'latin1')).toContain(` ${OTHER_BOOT} `);
    const later = createLoader({ dir: cache, bootId: () => OTHER_BOOT });
    later.load(main);
    expect(later.compiledFrom(main)).toBe('cache');
  });

  it('with no boot id, an entry is flushed to the disk before its seal, which is then good in any boot', () => {
    const main = freshFile();
    const cache = path.join(tempDir(), 'cache');
    const { ops, fsyncs } = countingOps();
    const first = createLoader({ dir: cache, bootId: () => undefined, ops });
    first.load(main);
    first.save();
    expect(fsyncs()).toBe(1); // the entry; the seal needs none
    const seal = fs.readFileSync(path.join(cache, `${pathKey(main)}-${path.basename(main)}.seal`), 'latin1');
    expect(seal.startsWith('roadmap-code-cache-seal 3 durable ')).toBe(true);
    for (const boot of [undefined, BOOT]) {
      const loader = createLoader({ dir: cache, bootId: () => boot, ops });
      loader.load(main);
      loader.save();
      expect(loader.compiledFrom(main)).toBe('cache');
    }
    expect(fsyncs()).toBe(1);
    // With a boot id, a cold start flushes nothing.
    const other = freshFile();
    const loader = createLoader({ dir: cache, bootId: () => BOOT, ops });
    loader.load(other);
    loader.save();
    expect(fsyncs()).toBe(1);
  });

  it('a missing, forged or truncated seal is only a seal that does not match', () => {
    const { main, cache, entry } = cachedFresh();
    const sealFile = entry.replace(/\.bin$/, '.seal');
    const good = fs.readFileSync(sealFile, 'latin1');
    for (const bad of [undefined, 'roadmap-code-cache-seal 3 anything\n', good.slice(0, -5), good.replace(BOOT, 'durable'), `${good}x`]) {
      if (bad === undefined) fs.rmSync(sealFile);
      else fs.writeFileSync(sealFile, bad);
      const loader = createLoader({ dir: cache, bootId: () => BOOT });
      expect(loader.load(main)).toEqual(tokenOf(main));
      expect(loader.compiledFrom(main)).toBe('source');
      loader.save(); // written and sealed again
      const again = createLoader({ dir: cache, bootId: () => BOOT });
      again.load(main);
      expect(again.compiledFrom(main)).toBe('cache');
    }
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
