// What bin/roadmap.js runs: the CLI bundle (dist/main.cjs), loaded through the compile cache.
import { compileCacheDir } from '../cache/folder.ts';
import { createLoader } from './compile-cache.ts';

export function start(mainFile: string): void {
  const loader = createLoader({ dir: compileCacheDir(process.env) });
  // Entries are written once the command is over, whichever way it ends.
  process.once('exit', loader.save);
  const { main } = loader.load(mainFile) as { main: () => Promise<void> };
  void main();
}
