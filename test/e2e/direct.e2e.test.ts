// The everyday commands' own bundles through the real binary: each line prints what the whole CLI
// (dist/main.cjs, run directly) prints, whether the bundle runs it or hands it to main.cjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, roadmap, tempHome } from './helpers.ts';

const MAIN = path.resolve(path.dirname(BIN), '..', 'dist', 'main.cjs');

/** The whole CLI on this line, without the loader's choice of bundle. */
function whole(home: string, args: string[]) {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(MAIN)}).main()`, 'roadmap', ...args], { env: cleanEnv(home), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('everyday commands from their own bundles (spawned)', () => {
  it.each([
    ['today'],
    ['today', '--all', '--lang', 'zh'],
    ['today', '--json'],
    ['list', '--week', '2'],
    ['show', 'w1-python-oop', '--json'],
    ['stats'],
    // Handed to main.cjs: help and mistakes, as commander says them.
    ['today', '--help'],
    ['list', '--bogus'],
    ['show'],
    ['stats', '--json', '--json'],
    ['today', '--date', 'someday'],
  ])('%j', (...args) => {
    const home = tempHome();
    expect(roadmap(home, ['today']).code).toBe(0); // the first run records the start date
    const viaBin = roadmap(home, args);
    expect(viaBin).toEqual(whole(home, args));
    expect(viaBin.stdout + viaBin.stderr).not.toBe('');
  });
});
