// Faults injected for real against the binary: a nearly full disk and a read-only file system (small
// tmpfs mounts, which need root: CI runs as root), a read-only store, ROADMAP_HOME that is a file, and
// FIFOs, devices and folders where files are expected. Each gets one clear line, the documented exit
// code, no hang, and an unchanged store.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roadmap, storeFile, tempHome, writeStore } from './helpers.ts';

const mounted: string[] = [];

/** Mounts a tmpfs of `size` at a new folder; undefined when this machine does not let us. */
function tmpfs(size: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-tmpfs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]).status !== 0) return undefined;
  mounted.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounted) spawnSync('umount', ['-l', dir]);
});

const probe = tmpfs('64k');
const NO_MOUNT = 'needs root and mount(8) to make a small tmpfs (CI runs as root)';

/** Fills the disk under `dir`, then frees `spare` bytes: room for a lock, not for a store. */
function fill(dir: string, spare: number): void {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - spare));
}

/** A store with some history: about 60 KB. */
function history(home: string): void {
  const at = '2026-01-05T10:00:00.000Z';
  const events = Array.from({ length: 300 }, (_, i) => ({ seq: i + 1, at, date: '2026-01-05', type: 'open', changes: [], resource: 'w1-python-basics:1' }));
  writeStore(home, {
    schemaVersion: 2,
    startDate: '2026-01-05',
    settings: {},
    progress: { 'w1-python-basics': { status: 'done', doneAt: at, updatedAt: at } },
    events,
  });
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

describe.skipIf(!probe)(`a nearly full disk (a 512 KB tmpfs; ${NO_MOUNT})`, () => {
  it('done, export, import and doctor --repair say the disk is full (exit 1), keep every file as it was, and leave no temp file', () => {
    const disk = tmpfs('512k')!;
    const home = path.join(disk, 'home');
    fs.mkdirSync(home);
    history(home);
    const exportFile = path.join(disk, 'out.json');
    // An export made while there was room, to import later.
    expect(roadmap(home, ['export', path.join(home, 'laptop.json')]).code).toBe(0);
    const before = fs.readFileSync(storeFile(home));
    fill(disk, 8192);
    const storeDir = path.join(home, 'store');
    const files = listing(storeDir);

    for (const [args, code] of [
      [['done', 'w1-python-oop', '--lang', 'en'], 1],
      [['export', exportFile, '--lang', 'en'], 1],
      [['import', path.join(home, 'laptop.json'), '--replace', '--lang', 'en'], 1],
    ] as const) {
      const r = roadmap(home, [...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(/^roadmap: The disk is full: .* was not written, and nothing was changed\. Free some space and run the command again\.\n$/);
      expect(r.stdout).not.toMatch(/Done|Exported|Imported/);
      expect(fs.readFileSync(storeFile(home)).equals(before), args.join(' ')).toBe(true);
      expect(listing(storeDir), args.join(' ')).toEqual(files);
    }
    expect(fs.existsSync(exportFile)).toBe(false);
    expect(listing(disk)).toEqual(['filler', 'home']);
    const zh = roadmap(home, ['done', 'w1-python-oop', '--lang', 'zh']);
    expect(zh.stderr).toMatch(/^roadmap: 磁盘已满：/);

    // A store cut short (as the old conf write left it on a full disk): repair cannot keep its
    // backup, so it changes nothing.
    const cut = before.subarray(0, Math.floor(before.length * 0.7));
    fs.writeFileSync(storeFile(home), cut);
    const repair = roadmap(home, ['doctor', '--repair', '--lang', 'en']);
    expect(repair.code).toBe(1);
    expect(repair.stderr).toMatch(/The disk is full/);
    expect(fs.readFileSync(storeFile(home)).equals(cut)).toBe(true);
    expect(listing(storeDir)).toEqual(files);

    // Room again: repair keeps the cut file as a backup and salvages what it holds.
    fs.rmSync(path.join(disk, 'filler'));
    const repaired = roadmap(home, ['doctor', '--repair', '--lang', 'en']);
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toMatch(/salvaged 1 task marks? and \d+ events/);
    expect(JSON.parse(fs.readFileSync(storeFile(home), 'utf8')).progress['w1-python-basics'].status).toBe('done');
    expect(roadmap(home, ['done', 'w1-python-oop']).code).toBe(0);
  });

  it('a full cache folder costs nothing but speed: today works and prints the same', () => {
    const disk = tmpfs('256k')!;
    const home = tempHome();
    const env = { ROADMAP_CACHE: path.join(disk, 'cache'), NODE_COMPILE_CACHE: path.join(disk, 'cc') };
    const normal = roadmap(home, ['today', '--lang', 'en']);
    fill(disk, 0);
    const full = roadmap(home, ['today', '--lang', 'en'], env);
    expect(full.code).toBe(0);
    expect(full.stderr).toBe('');
    expect(full.stdout).toBe(normal.stdout);
    expect(
      fs
        .readdirSync(disk)
        .filter((f) => f !== 'filler')
        .flatMap((d) => fs.readdirSync(path.join(disk, d), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.tmp')),
    ).toEqual([]);
  });
});

describe.skipIf(!probe)(`a read-only file system (a tmpfs remounted read-only; ${NO_MOUNT})`, () => {
  it('fails at once with a clear message, exit 1, the store unchanged', () => {
    const disk = tmpfs('256k')!;
    const home = path.join(disk, 'home');
    fs.mkdirSync(home);
    history(home);
    const before = fs.readFileSync(storeFile(home));
    expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
    const started = Date.now();
    const r = roadmap(home, ['done', 'w1-python-oop', '--lang', 'en']);
    expect(Date.now() - started).toBeLessThan(4000); // not the lock's wait
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`roadmap: ${path.join(home, 'store')} is on a read-only file system: nothing can be written there, and nothing was changed.\n`);
    expect(fs.readFileSync(storeFile(home)).equals(before)).toBe(true);
    // Reading still works.
    expect(roadmap(home, ['list', '--lang', 'en']).code).toBe(0);
  });
});

describe('files that are not what they should be', () => {
  it('a read-only store (chmod 400) is not replaced, even by root', () => {
    const home = tempHome();
    history(home);
    fs.chmodSync(storeFile(home), 0o400);
    const before = fs.readFileSync(storeFile(home));
    const r = roadmap(home, ['done', 'w1-python-oop', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `roadmap: ${storeFile(home)} is read-only, so roadmap will not replace it; nothing was changed. Make it writable (chmod u+w) to record progress.\n`,
    );
    expect(fs.readFileSync(storeFile(home)).equals(before)).toBe(true);
    expect(fs.statSync(storeFile(home)).mode & 0o777).toBe(0o400);
  });

  it('ROADMAP_HOME pointing at a file: a clear message, not a bug report', () => {
    const home = tempHome();
    const file = path.join(home, 'store');
    fs.writeFileSync(file, 'my notes');
    for (const args of [['done', 'w1-python-oop'], ['today']]) {
      const r = roadmap(home, [...args, '--lang', 'en']);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr).toBe(`roadmap: ${file} is not a folder (a file is in the way); nothing was changed. Point ROADMAP_HOME at a folder.\n`);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('my notes');
  });

  it.skipIf(process.platform === 'win32').each([
    ['a named pipe', (at: string) => expect(spawnSync('mkfifo', [at]).status).toBe(0), /is a named pipe, not a file roadmap can read/],
    ['a device', (at: string) => fs.symlinkSync('/dev/zero', at), /is a device, not a file roadmap can read/],
    ['a folder', (at: string) => fs.mkdirSync(at), /is a folder, not a file roadmap can read/],
  ])('%s where the store should be: refused at once, never a hang', (_name, make, pattern) => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, 'store'));
    make(storeFile(home));
    for (const args of [['today'], ['done', 'w1-python-oop'], ['stats']]) {
      const r = roadmap(home, [...args, '--lang', 'en']);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    }
  });

  it.skipIf(process.platform === 'win32').each([
    ['a named pipe', (at: string) => expect(spawnSync('mkfifo', [at]).status).toBe(0), /is a named pipe/],
    ['a device', (at: string) => fs.symlinkSync('/dev/zero', at), /is a device/],
  ])('import from %s: exit 2 at once, nothing changed', (_name, make, pattern) => {
    const home = tempHome();
    history(home);
    const before = fs.readFileSync(storeFile(home));
    const input = path.join(home, 'in.json');
    make(input);
    const r = roadmap(home, ['import', input, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(fs.readFileSync(storeFile(home)).equals(before)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('roadmap use of a named pipe or a device: exit 2 at once', () => {
    const home = tempHome();
    const fifo = path.join(home, 'lab.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const [file, pattern] of [
      [fifo, /is a named pipe/],
      ['/dev/zero', /is a device/],
    ] as const) {
      const r = roadmap(home, ['use', file, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
  });

  it.skipIf(process.platform === 'win32')('cache entries that are named pipes are passed over', () => {
    const home = tempHome();
    const first = roadmap(home, ['today', '--lang', 'en']);
    const dir = path.join(home, 'cache', 'code');
    const entries = fs.readdirSync(dir);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      fs.rmSync(path.join(dir, entry));
      spawnSync('mkfifo', [path.join(dir, entry)]);
    }
    const again = roadmap(home, ['today', '--lang', 'en']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('export into a folder writes a dated file there, refuses to overwrite it, and leaves no temp file', () => {
    const home = tempHome();
    history(home);
    const folder = path.join(home, 'backups');
    fs.mkdirSync(folder);
    const r = roadmap(home, ['export', folder, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^roadmap-export-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(fs.readFileSync(path.join(folder, files[0]!), 'utf8')).format).toBe('roadmap-export');
    expect(r.stderr).toBe(`Exported to ${path.join(folder, files[0]!)}.\n`);
    const again = roadmap(home, ['export', folder, '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; choose another name, or add --force/);
    expect(fs.readdirSync(folder)).toEqual(files);
  });
});
