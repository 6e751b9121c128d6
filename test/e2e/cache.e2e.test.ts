// The compile cache through the real binary: no damaged byte of an entry crashes or changes `roadmap
// today`, and an entry made from other source is never run (src/boot/compile-cache.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathKey } from '../../src/cache/folder.ts';
import { BIN, cleanEnv, tempHome } from './helpers.ts';

const ROOT = path.resolve(path.dirname(BIN), '..');

/**
 * A copy of the built package: a build by another test while this one runs cannot change what it runs.
 * `main` is the bundle `roadmap today` runs (dist/today.cjs, src/direct.ts).
 */
function packageCopy(into: string): { bin: string; main: string } {
  for (const part of ['bin', 'dist', 'data', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(into, part), { recursive: true });
  return { bin: path.join(into, 'bin', 'roadmap.js'), main: path.join(into, 'dist', 'today.cjs') };
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function today(home: string, cache: string, bin: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'today', '--lang', 'en'], { env: cleanEnv(home, { ROADMAP_CACHE: cache }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A hang is a failure too: killed after 30 s, it shows as a signal.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs `jobs` a few at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

const codeDir = (cache: string) => path.join(cache, 'code');
const entryName = (main: string) => `${pathKey(main)}-today.cjs.bin`;

describe('compile cache (spawned)', () => {
  it('a byte flipped anywhere in an entry in place (200 positions, the same each run) never crashes or changes roadmap today; the entry is rewritten', async () => {
    const home = tempHome();
    const { bin, main } = packageCopy(path.join(home, 'pkg'));
    const cache = path.join(home, 'cache');
    const clean = await today(home, cache, bin);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    const entry = path.join(codeDir(cache), entryName(main));
    const good = fs.readFileSync(entry);
    expect(good.length).toBeGreaterThan(10_000);
    // Every other byte of our header line, every byte of V8's own header after it, then the rest evenly.
    const line = good.indexOf(0x0a) + 1;
    const ours = Array.from({ length: Math.ceil(line / 2) }, (_, i) => i * 2);
    const v8 = Array.from({ length: 48 }, (_, i) => line + i);
    const rest = 200 - ours.length - v8.length;
    const from = line + 48;
    const positions = [...ours, ...v8, ...Array.from({ length: rest }, (_, i) => from + Math.floor(((i + 0.5) * (good.length - from)) / rest))];
    expect(new Set(positions).size).toBe(200);
    const runs = await pool(
      positions.map((at) => async () => {
        // A cache of its own, made by a run, then the entry damaged where it is (the same file, its times put back).
        const own = path.join(home, `cache-${at}`);
        expect((await today(home, own, bin)).code).toBe(0);
        const file = path.join(codeDir(own), entryName(main));
        const stat = fs.statSync(file);
        const damaged = fs.readFileSync(file);
        damaged[at]! ^= 0xff;
        fs.writeFileSync(file, damaged);
        fs.utimesSync(file, stat.atime, stat.mtime);
        const ran = await today(home, own, bin);
        const after = fs.readFileSync(file);
        return { at, ran, rewritten: !after.equals(damaged) && fs.statSync(file).ino !== stat.ino };
      }),
    );
    const wrong = runs.filter((r) => r.ran.code !== 0 || r.ran.signal !== null || r.ran.stdout !== clean.stdout || r.ran.stderr !== '' || !r.rewritten);
    expect(wrong.map((r) => ({ at: r.at, code: r.ran.code, signal: r.ran.signal, stderr: r.ran.stderr.slice(0, 200), rewritten: r.rewritten }))).toEqual([]);
  }, 240_000);

  it('an entry made from other source of the same length is not run', async () => {
    // A copy of the package whose today.cjs is other code, padded to the real one's length (all V8 checks).
    const home = tempHome();
    const { bin, main } = packageCopy(path.join(home, 'real'));
    const forged = packageCopy(path.join(home, 'forged'));
    const forgedMain = forged.main;
    const real = fs.readFileSync(main);
    const code = "process.stdout.write('FORGED\\n'); module.exports = { main: async () => {} };\n//";
    fs.writeFileSync(forgedMain, code + 'x'.repeat(real.length - Buffer.byteLength(code)));
    expect(fs.statSync(forgedMain).size).toBe(real.length);
    const forgedCache = path.join(home, 'forged-cache');
    expect((await today(home, forgedCache, forged.bin)).stdout).toBe('FORGED\n'); // its entry and seal
    expect((await today(home, forgedCache, forged.bin)).stdout).toBe('FORGED\n'); // run from them

    const cache = path.join(home, 'cache');
    fs.mkdirSync(codeDir(cache), { recursive: true, mode: 0o700 });
    fs.chmodSync(cache, 0o700);
    for (const kind of ['bin', 'seal']) {
      fs.copyFileSync(
        path.join(codeDir(forgedCache), `${pathKey(forgedMain)}-today.cjs.${kind}`),
        path.join(codeDir(cache), `${pathKey(main)}-today.cjs.${kind}`),
      );
    }
    const r = await today(home, cache, bin);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).not.toContain('FORGED');
    expect(r.stdout).toContain('Week 1');
    // Replaced by an entry of the real source, which the next run uses.
    const again = await today(home, cache, bin);
    expect(again.stdout).toBe(r.stdout);
  });

  it('after one run the entry of the bundle today runs is there, and sealed', () => {
    const home = tempHome();
    const { bin, main } = packageCopy(path.join(home, 'pkg'));
    expect(spawnSync(process.execPath, [bin, 'today'], { env: cleanEnv(home) }).status).toBe(0);
    const names = fs.readdirSync(codeDir(path.join(home, 'cache')));
    expect(names).toContain(entryName(main));
    expect(names).toContain(entryName(main).replace(/\.bin$/, '.seal'));
  });
});
