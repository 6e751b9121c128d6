// The interface's words are built into a bundle per language (scripts/build.mjs): a run loads the one it speaks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, tempHome } from '../e2e/helpers.ts';
import { DIRECT_BUNDLES } from '../../src/cli-args.ts';

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
  });

  it('an English run loads en.cjs only, a Chinese one zh.cjs only', () => {
    expect(bundlesLoaded(['today', '--lang', 'en'])).toEqual(['en.cjs.bin', 'today.cjs.bin']);
    expect(bundlesLoaded(['log', '--lang', 'zh'])).toEqual(['main.cjs.bin', 'zh.cjs.bin']);
    expect(bundlesLoaded(['list', '--lang', 'zh'])).toEqual(['list.cjs.bin', 'zh.cjs.bin']);
  });

  it.each([
    ['today', ['today.ts']],
    ['list', ['list.ts']],
    ['stats', ['stats.ts']],
  ])("%s's bundle holds its command and none of the others' modules, nor commander", (bundle, own) => {
    const held = inputs(`dist/${bundle}.cjs`);
    const commands = held.filter((i) => i.startsWith('src/commands/')).sort();
    expect(commands).toEqual([...own.map((f) => `src/commands/${f}`), 'src/commands/shared.ts', 'src/commands/spec.ts'].sort());
    expect(held.filter((i) => i.includes('node_modules/commander/') || i === 'src/cli.ts' || /src\/i18n\/(en|zh)\.ts$/.test(i))).toEqual([]);
  });

  it('the loader picks a bundle the build makes for each everyday command (src/cli-args.ts DIRECT_BUNDLES)', () => {
    for (const bundle of new Set(Object.values(DIRECT_BUNDLES))) expect(Object.keys(meta.outputs), bundle).toContain(`dist/${bundle}.cjs`);
    expect(inputs('dist/main.cjs')).toContain('src/commands/index.ts');
  });

  it('the shipped bundles are ASCII (V8 keeps them as one-byte strings)', () => {
    for (const file of Object.keys(meta.outputs)) expect(/[^\x00-\x7f]/.test(fs.readFileSync(path.join(ROOT, file), 'latin1')), file).toBe(false);
  });
});
