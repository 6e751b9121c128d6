// The interface's words are built into a bundle per language (scripts/build.mjs): a run loads the one it speaks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, tempHome } from '../e2e/helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const meta = JSON.parse(fs.readFileSync(path.join(ROOT, '.build/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
const inputs = (file: string) => Object.keys(meta.outputs[file]?.inputs ?? {});

/** The bundles a run compiled (its compile-cache entries, in a fresh cache folder). */
function bundlesLoaded(args: string[]): string[] {
  const home = tempHome();
  const cache = path.join(home, 'cc');
  expect(roadmap(home, ['today']).code).toBe(0); // the first run records the start date
  const r = roadmap(home, args, { NODE_COMPILE_CACHE: cache });
  expect(r.code, r.stderr).toBe(0);
  return fs
    .readdirSync(path.join(cache, 'roadmap'))
    .map((n) => n.replace(/^[0-9a-f]{8}-/, ''))
    .sort();
}

describe('catalogue bundles', () => {
  it('each catalogue is a bundle of its own, and main holds neither', () => {
    expect(inputs('dist/i18n/en.cjs')).toEqual(['src/i18n/en.ts']);
    expect(inputs('dist/i18n/zh.cjs')).toEqual(['src/i18n/zh.ts']);
    expect(inputs('dist/main.cjs').filter((i) => /src\/i18n\/(en|zh)\.ts$/.test(i))).toEqual([]);
    expect(inputs('dist/today.cjs').filter((i) => /src\/i18n\/(en|zh)\.ts$/.test(i))).toEqual([]);
  });

  it('an English run loads en.cjs only, a Chinese one zh.cjs only', () => {
    expect(bundlesLoaded(['today', '--lang', 'en'])).toEqual(['en.cjs.bin', 'today.cjs.bin']);
    expect(bundlesLoaded(['list', '--lang', 'zh'])).toEqual(['main.cjs.bin', 'zh.cjs.bin']);
  });

  it("today's bundle holds the today command and none of the others' modules, nor commander", () => {
    const today = inputs('dist/today.cjs');
    expect(today).toContain('src/commands/today.ts');
    const commands = today.filter((i) => i.startsWith('src/commands/')).sort();
    expect(commands).toEqual(['src/commands/shared.ts', 'src/commands/spec.ts', 'src/commands/today.ts']);
    expect(inputs('dist/main.cjs')).toContain('src/commands/index.ts');
    expect(today.filter((i) => i.includes('node_modules/commander/') || i === 'src/cli.ts')).toEqual([]);
  });

  it('the shipped bundles are ASCII (V8 keeps them as one-byte strings)', () => {
    for (const file of Object.keys(meta.outputs)) expect(/[^\x00-\x7f]/.test(fs.readFileSync(path.join(ROOT, file), 'latin1')), file).toBe(false);
  });
});
