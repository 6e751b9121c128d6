// The build compiles the bundled roadmap as a custom one is compiled (dist/roadmap/: an index and a file per
// week block, scripts/build.mjs), and `today` reads from it the index and the weeks it shows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWeeks, outlineOf, readIndexIn } from '../../src/roadmaps/compiled.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { BIN, cleanEnv, tempHome } from '../e2e/helpers.ts';

const ROOT = path.resolve(path.dirname(BIN), '..');
const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8')) as Roadmap;

describe('the bundled roadmap, compiled by the build', () => {
  it('holds the data file exactly: its outline, and every week block whole', () => {
    const dir = path.join(ROOT, 'dist', 'roadmap');
    const index = readIndexIn(dir)!;
    expect(index.source.file).toBe('data/roadmap.json');
    const { weeks, ...rest } = data;
    expect(outlineOf(index)).toEqual({
      ...rest,
      weeks: weeks.map((w) => ({ ...w, tasks: w.tasks.map(({ id, estimateMinutes }) => ({ id, estimateMinutes })) })),
    });
    const whole = loadWeeks(dir, index, index.weeks.keys())!;
    expect(index.weeks.map((_, i) => whole.get(i))).toEqual(weeks);
  });

  it('today on the first day reads week 1 alone, stats the index alone: a package without the other week files prints the same', () => {
    const home = tempHome();
    const pkg = path.join(home, 'pkg');
    for (const part of ['bin', 'dist', 'data', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(pkg, 'bin', 'roadmap.js'), ...args], { env: cleanEnv(home), encoding: 'utf8' });
    const first = run(['today', '--lang', 'en']);
    expect(first.status, first.stderr).toBe(0);
    const stats = run(['stats', '--lang', 'zh']);
    expect(stats.status, stats.stderr).toBe(0);
    const index = readIndexIn(path.join(pkg, 'dist', 'roadmap'))!;
    for (const week of index.weeks.slice(1)) fs.rmSync(path.join(pkg, 'dist', 'roadmap', week.file));
    expect(run(['stats', '--lang', 'zh']).stdout).toBe(stats.stdout);
    fs.rmSync(path.join(pkg, 'dist', 'roadmap', index.weeks[0]!.file));
    expect(run(['stats', '--lang', 'zh']).stdout).toBe(stats.stdout);
    fs.writeFileSync(path.join(pkg, 'dist', 'roadmap', index.weeks[0]!.file), fs.readFileSync(path.join(ROOT, 'dist', 'roadmap', index.weeks[0]!.file)));
    // data/roadmap.json made unreadable too: today does not fall back to it.
    fs.rmSync(path.join(pkg, 'data', 'roadmap.json'));
    fs.mkdirSync(path.join(pkg, 'data', 'roadmap.json'));
    const again = run(['today', '--lang', 'en']);
    expect([again.status, again.stdout, again.stderr]).toEqual([0, first.stdout, '']);
  });
});
