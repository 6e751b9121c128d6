// The cache folder and its derived entries: used only while their file is exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedCache } from '../../src/cache/derived.ts';
import { cacheRoot, entryFile, folderHealth } from '../../src/cache/folder.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-derived-'));

function setup() {
  const dir = tempDir();
  const source = path.join(dir, 'progress.json');
  fs.writeFileSync(source, '{"a":1}');
  const folder = path.join(dir, 'cache');
  return { dir, source, folder, cache: derivedCache(folder, '1.0.0') };
}

describe('cacheRoot', () => {
  it.each([
    [{}, '/tmp/roadmap-cache-501'],
    [{ ROADMAP_CACHE: '/var/tmp/rc' }, '/var/tmp/rc'],
    [{ ROADMAP_CACHE: 'rel' }, path.resolve('rel')],
    [{ ROADMAP_CACHE: '' }, '/tmp/roadmap-cache-501'],
  ])('%j -> %s', (env, expected) => {
    expect(cacheRoot(env, '/tmp', 501)).toBe(expected);
  });
});

describe('derivedCache', () => {
  it('gives back what was kept for the same version of the file, in a private folder', () => {
    const { source, folder, cache } = setup();
    const stat = fs.statSync(source);
    expect(cache.read('state', source, stat)).toBeUndefined();
    cache.write('state', source, stat, 'derived 中文');
    expect(cache.read('state', source, fs.statSync(source))).toBe('derived 中文');
    expect(cache.read('outline', source, stat)).toBeUndefined(); // kinds are apart
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(entryFile(folder, source, 'state')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['rewritten in place, same size', (f: string) => fs.writeFileSync(f, '{"a":2}')],
    ['replaced by a rename', (f: string) => (fs.writeFileSync(`${f}.new`, '{"a":1}'), fs.renameSync(`${f}.new`, f))],
    ['touched back to its old times', (f: string) => {
      const { atime, mtime } = fs.statSync(f);
      fs.writeFileSync(f, '{"a":3}');
      fs.utimesSync(f, atime, mtime);
    }],
  ])('is not used once the file is %s', (_, change) => {
    const { source, cache } = setup();
    cache.write('state', source, fs.statSync(source), 'old');
    change(source);
    expect(cache.read('state', source, fs.statSync(source))).toBeUndefined();
  });

  it('is not used by another release, or for another file with the same name', () => {
    const { dir, source, folder, cache } = setup();
    cache.write('state', source, fs.statSync(source), 'kept');
    expect(derivedCache(folder, '1.0.1').read('state', source, fs.statSync(source))).toBeUndefined();
    const other = path.join(dir, 'sub', 'progress.json');
    fs.mkdirSync(path.dirname(other));
    fs.copyFileSync(source, other);
    expect(cache.read('state', other, fs.statSync(other))).toBeUndefined();
  });

  it('a folder others can write to, or that is not a folder, is not used, nor anything made in it', () => {
    const { dir, source } = setup();
    const open = path.join(dir, 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    const notDir = path.join(dir, 'file');
    fs.writeFileSync(notDir, '');
    for (const folder of [open, notDir, path.join(open, 'data')]) {
      const cache = derivedCache(folder, '1');
      cache.write('state', source, fs.statSync(source), 'x');
      expect(cache.read('state', source, fs.statSync(source))).toBeUndefined();
    }
    expect(fs.readdirSync(open)).toEqual([]);
  });

  it('no folder: nothing kept, nothing thrown', () => {
    const { source } = setup();
    const cache = derivedCache(undefined, '1');
    expect(() => cache.write('state', source, fs.statSync(source), 'x')).not.toThrow();
    expect(cache.read('state', source, fs.statSync(source))).toBeUndefined();
  });
});

describe('folderHealth', () => {
  it('missing, then its entries counted one level down, and a folder others can write to is unusable', () => {
    const { dir, source, folder } = setup();
    expect(folderHealth(folder)).toEqual({ dir: folder, state: 'missing', entries: 0 });
    expect(fs.existsSync(folder)).toBe(false); // looking creates nothing
    const data = derivedCache(path.join(folder, 'data'), '1');
    data.write('state', source, fs.statSync(source), 'x');
    data.write('outline', source, fs.statSync(source), 'y');
    fs.chmodSync(folder, 0o700);
    expect(folderHealth(folder)).toEqual({ dir: folder, state: 'ok', entries: 2 });
    const open = path.join(dir, 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    expect(folderHealth(open).state).toBe('unusable');
  });
});
