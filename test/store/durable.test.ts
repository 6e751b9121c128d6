// Whole-or-absent writes under injected faults (short writes, a full disk, a failing check), and reads
// that refuse what is not a regular file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRegular, ReadRefused, realOps, removeStaleTemps, writeWhole, type WriteOps } from '../../src/store/durable.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-durable-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const real: WriteOps = realOps;

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
const others = (file: string) => fs.readdirSync(path.dirname(file)).filter((f) => f !== path.basename(file));

describe('writeWhole', () => {
  const text = JSON.stringify({ big: 'x'.repeat(10_000) });

  it('writes every byte when each write(2) writes only a few', () => {
    const file = path.join(dir, 'a.json');
    const calls: number[] = [];
    writeWhole(file, text, {
      ops: {
        ...real,
        writeSync: (fd, b, o, l) => {
          calls.push(l);
          return fs.writeSync(fd, b, o, Math.min(l, 7));
        },
      },
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(calls.length).toBeGreaterThan(1000);
    expect(others(file)).toEqual([]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    [
      'a short write, then ENOSPC (a nearly full disk)',
      (fd: number, b: Uint8Array, o: number, l: number, n: number) =>
        n === 0
          ? fs.writeSync(fd, b, o, Math.floor(l / 2))
          : (() => {
              throw enospc();
            })(),
    ],
    ['a write that writes nothing', (fd: number, b: Uint8Array, o: number, _l: number, n: number) => (n === 0 ? fs.writeSync(fd, b, o, 100) : 0)],
  ])('%s: the old file stays whole, no temp file is left, the error says ENOSPC', (_name, write) => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, 'the old store');
    let n = 0;
    expect(() => writeWhole(file, text, { ops: { ...real, writeSync: (fd, b, o, l) => write(fd, b, o, l, n++) } })).toThrow(
      expect.objectContaining({ code: 'ENOSPC' }),
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('the old store');
    expect(others(file)).toEqual([]);
  });

  it('a file whose size on disk is not what was written is not put in place', () => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, 'old');
    expect(() => writeWhole(file, text, { ops: { ...real, fstatSync: () => ({ size: 3 }) } })).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(others(file)).toEqual([]);
  });

  it('a failing fsync or last check leaves the old file', () => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, 'old');
    const eio = Object.assign(new Error('EIO'), { code: 'EIO' });
    expect(() =>
      writeWhole(file, text, {
        ops: {
          ...real,
          fsyncSync: () => {
            throw eio;
          },
        },
      }),
    ).toThrow(eio);
    expect(() =>
      writeWhole(file, text, {
        beforeCommit: () => {
          throw new Error('changed meanwhile');
        },
      }),
    ).toThrow('changed meanwhile');
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(others(file)).toEqual([]);
  });

  it('exclusive: never over an existing file', () => {
    const file = path.join(dir, 'backup.bak');
    writeWhole(file, 'first', { exclusive: true });
    expect(() => writeWhole(file, 'second', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(others(file)).toEqual([]);
  });

  it('a folder that does not exist fails with ENOENT and creates nothing', () => {
    expect(() => writeWhole(path.join(dir, 'missing', 'x.json'), 'x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("conf's own write (atomically), the reason the store has its own writer", () => {
  it('puts a truncated file in place after a short write', async () => {
    // atomically calls write(2) once and ignores how much it wrote. A nearly full disk writes part.
    const original = fs.writeSync;
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: string | Uint8Array, ...rest: never[]) => {
      if (typeof data === 'string') return original(fd, data.slice(0, 10));
      return original(fd, data, ...rest);
    }) as typeof fs.writeSync);
    const { default: Conf } = await import('conf');
    const conf = new Conf<Record<string, unknown>>({ projectName: 'roadmap-test', cwd: dir, configName: 'progress' });
    conf.store = { schemaVersion: 2, progress: { a: { status: 'done' } }, events: [] };
    spy.mockRestore();
    const text = fs.readFileSync(path.join(dir, 'progress.json'), 'utf8');
    expect(text).toHaveLength(10);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('readRegular', () => {
  it('reads a file whole; null when there is none', () => {
    const file = path.join(dir, 'a');
    fs.writeFileSync(file, 'x'.repeat(200_000));
    expect(readRegular(file)!.length).toBe(200_000);
    expect(readRegular(path.join(dir, 'none'))).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO (without blocking), a device, a folder and a file over the limit', () => {
    const fifo = path.join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const big = path.join(dir, 'big');
    fs.writeFileSync(big, 'x'.repeat(2000));
    for (const [file, reason, limit] of [
      [fifo, 'fifo', undefined],
      ['/dev/zero', 'device', undefined],
      [dir, 'directory', undefined],
      [big, 'too-large', 1000],
    ] as const) {
      let error: unknown;
      try {
        readRegular(file, limit);
      } catch (e) {
        error = e;
      }
      expect(error, file).toBeInstanceOf(ReadRefused);
      expect((error as ReadRefused).reason).toBe(reason);
    }
  });
});

describe('removeStaleTemps', () => {
  it('removes the temp files of processes that are gone, and only those of that file', () => {
    const file = path.join(dir, 'progress.json');
    const gone = spawnSync('true').pid!;
    const names = [
      `.progress.json.${gone}-1-abc.tmp`,
      `.progress.json.v2-2026-03-01T10-00-00-000Z.bak.${gone}-2-abc.tmp`,
      `.progress.json.${process.pid}-1-abc.tmp`,
      `.other.json.${gone}-1-abc.tmp`,
      `.progress.jsonx.${gone}-1-abc.tmp`,
      'progress.json',
    ];
    for (const name of names) fs.writeFileSync(path.join(dir, name), 'x');
    removeStaleTemps(file);
    expect(fs.readdirSync(dir).sort()).toEqual(names.slice(2).sort());
  });
});
