// What bin/roadmap.js runs: the CLI bundle (dist/main.cjs, or dist/today.cjs for `today`), loaded through the compile cache.
// `roadmap --version` (or -V) alone is answered here, before the bundle is read: the version is baked in
// at build time (package.json, bundled), and commander would print the very same line.
import { commandWord, DIRECT_BUNDLES } from '../cli-args.ts';
import fs from 'node:fs';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { compileCacheDir } from '../cache/folder.ts';
import { createLoader } from './compile-cache.ts';

/** Whether the arguments ask for the version and nothing else. */
export function asksVersionOnly(args: readonly string[]): boolean {
  return args.length === 1 && (args[0] === '--version' || args[0] === '-V');
}

/**
 * The command a run executes, as main.ts finds it (src/cli-args.ts: options and their values skipped), when it
 * is one that has compiled code of its own in the cache (compile-cache.ts): `today` (the default command)
 * and help share the default entry.
 */
export function cacheVariant(args: readonly string[]): string | undefined {
  const word = commandWord(args);
  return word === undefined || word === 'today' || word === 'help' || !/^[a-z][a-z-]{0,23}$/.test(word) ? undefined : word;
}

/** Writes to stdout as main's output does: a reader that went away (EPIPE) is no error. */
function writeOut(text: string): void {
  try {
    fs.writeSync(1, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') process.stdout.write(text);
  }
}

/**
 * The bundle a run loads: an everyday command's own (dist/today.cjs, list.cjs, stats.cjs: src/direct.ts,
 * which hands a line it does not read to dist/main.cjs), else the whole CLI's (bare `roadmap` is the menu).
 */
export function bundleFor(args: readonly string[], mainFile: string): string {
  const word = commandWord(args);
  const bundle = word !== undefined && Object.hasOwn(DIRECT_BUNDLES, word) ? DIRECT_BUNDLES[word] : undefined;
  return bundle === undefined ? mainFile : path.join(path.dirname(mainFile), `${bundle}.cjs`);
}

export function start(mainFile: string): void {
  const args = process.argv.slice(2);
  if (asksVersionOnly(args)) {
    writeOut(`${pkg.version}\n`);
    return;
  }
  // Entries are written once the command is over, whichever way it ends.
  const loader = createLoader({ dir: compileCacheDir(process.env), whenPending: (save) => process.once('exit', save) });
  const { main } = loader.load(bundleFor(args, mainFile), cacheVariant(args)) as { main: () => Promise<void> };
  void main();
}
