// Bundles the CLI into dist/ with esbuild: one entry for the fast path, lazily loaded chunks
// (conf, inquirer, lockfile) split out so `roadmap today` does not load them.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // open finds its xdg-open helper beside its own files: keep it a real dependency.
  external: ['open'],
  banner: { js: "import { createRequire as __roadmapRequire } from 'node:module'; const require = __roadmapRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
