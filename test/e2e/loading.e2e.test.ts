// What each command loads: the read path stays light (no inquirer, no conf, no open).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, roadmap, tempHome } from './helpers.ts';

const TRACE = path.resolve(import.meta.dirname, 'fixtures/trace.mjs');
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

/** The packages whose code the files a command loaded contain (esbuild keeps the source path comments). */
function loadedPackages(home: string, args: string[]): Set<string> {
  const traceFile = path.join(home, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    env: { ...cleanEnv(home), ROADMAP_TRACE_FILE: traceFile },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(r.status, r.stderr).toBe(0);
  const packages = new Set<string>();
  for (const url of fs.readFileSync(traceFile, 'utf8').trim().split('\n')) {
    const file = fileURLToPath(url);
    if (file.includes(`${path.sep}node_modules${path.sep}`)) packages.add(file.split(/node_modules[\\/]/).pop()!.split(/[\\/]/).slice(0, 2).join('/'));
    for (const p of packagesIn(file)) packages.add(p);
  }
  return packages;
}

describe('start-up loads', () => {
  it('today (after the first run) loads neither inquirer, nor conf, nor open', () => {
    const home = tempHome();
    expect(roadmap(home, ['today']).code).toBe(0); // the first run records the start date
    const loaded = loadedPackages(home, ['today']);
    for (const heavy of ['@inquirer/core', '@inquirer/prompts', 'conf', 'ajv', 'open', 'proper-lockfile']) expect(loaded, heavy).not.toContain(heavy);
    expect(loaded).toContain('commander');
  });

  it('a write loads conf and the lock, still not inquirer', () => {
    const home = tempHome();
    const loaded = loadedPackages(home, ['done', 'w1-python-basics']);
    expect(loaded).toContain('conf');
    expect(loaded).toContain('proper-lockfile');
    expect(loaded).not.toContain('@inquirer/core');
  });
});
