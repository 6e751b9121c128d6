// Node's built-in modules that start-up does not need, loaded when first asked for: a static import of
// node:module, node:os, node:tty or node:crypto costs 0.2 to 4 ms each at the start of every run (measured
// with require() timed in a bare CommonJS file, 2026-12-02), and most runs never use them.

interface Builtins {
  'node:child_process': typeof import('node:child_process');
  'node:crypto': typeof import('node:crypto');
  'node:os': typeof import('node:os');
  'node:tty': typeof import('node:tty');
}

/**
 * The built-in module `id`. process.getBuiltinModule is there from Node 20.16 and 22.3; an older 20.x
 * takes it through the entry's require (bin/roadmap.js is CommonJS, so process.mainModule is set).
 */
export function builtin<K extends keyof Builtins>(id: K): Builtins[K] {
  return builtinModule(id) as Builtins[K];
}

/** Any built-in module by its id (node:…), for the compile cache's loader, which passes on what bundles ask for. */
export function builtinModule(id: string): unknown {
  const found: unknown = process.getBuiltinModule?.(id);
  if (found !== undefined) return found;
  const main = process.mainModule;
  if (main === undefined) throw new Error(`cannot load ${id}: this Node has no process.getBuiltinModule and no CommonJS entry`);
  return main.require(id);
}

/**
 * os.tmpdir() without loading node:os where it is simple (everywhere but Windows): TMPDIR, TMP or TEMP,
 * else /tmp, without a trailing slash (Node's own rule; a test keeps the two equal).
 */
export function tmpDir(env: Record<string, string | undefined> = process.env): string {
  if (process.platform === 'win32') return builtin('node:os').tmpdir();
  const dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}

/** os.homedir() without loading node:os where HOME answers it (libuv reads HOME first everywhere but Windows). */
export function homeDir(env: Record<string, string | undefined> = process.env): string {
  if (process.platform !== 'win32' && env.HOME) return env.HOME;
  return builtin('node:os').homedir();
}
