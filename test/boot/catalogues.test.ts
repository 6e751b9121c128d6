// The interface's words are built into a bundle per language (scripts/build.mjs): a run loads the one it speaks.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, tempHome } from '../e2e/helpers.ts';
import { DIRECT_BUNDLES } from '../../src/cli-args.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

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
    .filter((n) => n.endsWith('.bin'))
    .map((n) => n.replace(/^[0-9a-f]{8}-/, ''))
    .sort();
}

/**
 * Every leaf of a catalogue by its path: a string or number as it is, a function by what it gives for the same
 * arguments (strings and numbers: each function gets both kinds, whatever it expects).
 */
function leaves(value: unknown, at = ''): [string, unknown][] {
  if (typeof value === 'function') {
    const call = (args: unknown[]) => {
      try {
        return (value as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return `throws ${(error as Error).name}`;
      }
    };
    return [[at, [value.length, call(['a', 'b', 'c', 'd']), call([1, 2, 3, 4]), call([0, 0, 0, 0])]]];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.keys(value)
      .sort()
      .flatMap((k) => leaves((value as Record<string, unknown>)[k], `${at}.${k}`));
  return [[at, value]];
}

describe('catalogue bundles', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)('the %s bundle holds its source catalogue, leaf by leaf, its sections made when first read', (lang, source) => {
    const file = path.join(ROOT, `dist/i18n/${lang}.cjs`);
    const require = createRequire(import.meta.url);
    delete require.cache[file];
    const bundle = (require(file) as Record<string, Record<string, unknown>>)[lang]!;
    const lazy = Object.keys(bundle).filter((k) => Object.getOwnPropertyDescriptor(bundle, k)?.get !== undefined);
    // Each object at the top of the source is a getter in the bundle until it is read.
    expect(lazy.sort()).toEqual(
      Object.entries(source)
        .filter(([, v]) => typeof v === 'object' && !Array.isArray(v))
        .map(([k]) => k)
        .sort(),
    );
    expect(lazy.length).toBeGreaterThan(20);
    const first = bundle[lazy[0]!];
    expect(Object.getOwnPropertyDescriptor(bundle, lazy[0]!)).toEqual({ value: first, writable: true, enumerable: true, configurable: true });
    expect(bundle[lazy[0]!]).toBe(first);
    // Without prototypes, so that V8 keeps them as dictionaries (scripts/build.mjs lazySections).
    expect(Object.getPrototypeOf(bundle)).toBeNull();
    expect(lazy.map((k) => Object.getPrototypeOf(bundle[k]))).toEqual(lazy.map(() => null));
    const got = leaves(bundle);
    expect(got.length).toBeGreaterThan(500);
    expect(got).toEqual(leaves(source));
  });

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

  it('the validation of a custom roadmap is a bundle of its own, of pure code only, which no everyday bundle holds', () => {
    const own = inputs('dist/validate.cjs').filter((i) => !i.startsWith('vendor:'));
    expect(own.sort()).toEqual(['data/roadmap.schema.json', 'src/roadmaps/json-location.ts', 'src/roadmaps/validate.ts']);
    for (const bundle of ['main', 'today', 'list', 'stats']) {
      expect(
        inputs(`dist/${bundle}.cjs`).filter((i) => i === 'src/roadmaps/validate.ts' || i.endsWith('roadmap.schema.json')),
        bundle,
      ).toEqual([]);
    }
  });

  it('`use` of a custom roadmap loads the validation (through the loader); `today` on the bundled one does not', () => {
    const home = tempHome();
    const file = path.join(home, 'mine.json');
    fs.writeFileSync(file, roadmap(home, ['template']).stdout);
    const cache = path.join(home, 'cc');
    const r = roadmap(home, ['use', file, '--lang', 'en'], { NODE_COMPILE_CACHE: cache });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(path.join(cache, 'roadmap')).filter((n) => n.endsWith('-validate.cjs.bin'))).toHaveLength(1);
    expect(bundlesLoaded(['today', '--lang', 'zh'])).not.toContain('validate.cjs.bin');
  });

  it('the loader picks a bundle the build makes for each everyday command (src/cli-args.ts DIRECT_BUNDLES)', () => {
    for (const bundle of new Set(Object.values(DIRECT_BUNDLES))) expect(Object.keys(meta.outputs), bundle).toContain(`dist/${bundle}.cjs`);
    expect(inputs('dist/main.cjs')).toContain('src/commands/index.ts');
  });

  it('the shipped bundles are ASCII (V8 keeps them as one-byte strings)', () => {
    for (const file of Object.keys(meta.outputs)) expect(/[^\x00-\x7f]/.test(fs.readFileSync(path.join(ROOT, file), 'latin1')), file).toBe(false);
  });
});
