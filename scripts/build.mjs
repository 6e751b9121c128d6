// Bundles the CLI into dist/ with esbuild, as CommonJS so that it can go through roadmap's compile cache
// (src/boot/compile-cache.ts; Node 20 can cache compiled code only for scripts, not ES modules):
// - dist/boot.cjs: the loader bin/roadmap.js requires;
// - dist/main.cjs: roadmap's own code with commander and chalk, all that `roadmap today` runs;
// - dist/vendor/*.cjs: the heavy packages, each loaded only by the commands that use it (inquirer
//   by prompts, conf by the config file (src/store/config.ts), open by `open`, ajv by custom roadmaps).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The packages roadmap's code imports lazily, and the vendor bundle each becomes. */
const VENDORS = {
  '@inquirer/prompts': 'inquirer',
  conf: 'conf',
  open: 'open',
  'ajv/dist/2020.js': 'ajv',
  // FSRS, for the commands that grade review cards (src/study/fsrs.ts).
  'ts-fsrs': 'fsrs',
};

/**
 * Start-up trims, each measured (paired runs of `roadmap today` in a clean environment; 2026-12-02: without
 * them `today` took 2-5 ms more, consistently). A facade for built-ins and a stub for conf's ajv were
 * dropped: their gains were below the noise, and conf is not on any start-up path.
 * - chalk's own colour detection (supports-color) probes the terminal through node:os and node:tty when
 *   it loads; roadmap decides the colour level itself (NO_COLOR, FORCE_COLOR, --no-color, a TTY) and
 *   passes it to `new Chalk({ level })`, so the detection is replaced by a stub that reports no colour.
 * - commander loads node:child_process for executable subcommands, which roadmap does not have; it gets a
 *   proxy that loads the real module only if it is ever touched.
 */
const stubs = {
  'supports-color-stub': 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
  'child-process-lazy': "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });\n",
};
const fromPackage = (args, name) => args.importer.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`);

const startupTrims = {
  name: 'startup-trims',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color-stub', namespace: 'trim' }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      fromPackage(args, 'commander') ? { path: 'child-process-lazy', namespace: 'trim' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'trim' }, (args) => ({ contents: stubs[args.path], loader: 'js' }));
  },
};

/** roadmap's imports of the vendor packages become requires of their bundles (through the loader). */
const vendorBundles = {
  name: 'vendor-bundles',
  setup(b) {
    const names = Object.keys(VENDORS).map((name) => name.replace(/[/.]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendor' }));
    // An ES module re-exporting the bundle: esbuild then reads the bundle's __esModule mark, so that
    // `default` is the package's default export, as it is when the package is imported directly.
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
      const bundle = `./vendor/${VENDORS[args.path]}.cjs`;
      return { contents: `export * from '${bundle}';\nexport { default } from '${bundle}';\n`, loader: 'js' };
    });
    b.onResolve({ filter: /^\.\/vendor\// }, (args) => (args.namespace === 'vendor' ? { path: args.path, external: true } : undefined));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [startupTrims],
  // ES modules bundled into CommonJS: import.meta.dirname and filename are the bundle's own (free to know).
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
};

// Start from an empty dist/ so no stale file ships.
fs.rmSync('dist', { recursive: true, force: true });

const results = await Promise.all([
  build({ ...common, entryPoints: { boot: 'src/boot/start.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { main: 'src/main.ts' }, outdir: 'dist', plugins: [vendorBundles, startupTrims] }),
  build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(VENDORS).map(([pkg, name]) => [name, pkg])),
    outdir: 'dist/vendor',
    // Some vendors use import.meta.url (roadmap's own code does not: working out a file URL costs time at start).
    define: { ...common.define, 'import.meta.url': '__roadmapFileUrl' },
    banner: { js: "var __roadmapFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
]);

// Which sources each output file holds: the load-trace test reads it (not shipped).
const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
fs.mkdirSync('.build', { recursive: true });
fs.writeFileSync('.build/meta.json', JSON.stringify({ outputs }));
