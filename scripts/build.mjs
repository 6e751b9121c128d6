// Bundles the CLI into dist/ with esbuild: one small entry for the fast path, and chunks loaded on
// demand (each command, conf, inquirer, the lock, the validator) so `roadmap today` parses only what it uses.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Start-up trims, each measured (npm run bench):
 * - chalk's own colour detection (supports-color) probes the terminal through node:os and node:tty when
 *   it loads; roadmap decides the colour level itself (NO_COLOR, FORCE_COLOR, --no-color, a TTY) and
 *   passes it to `new Chalk({ level })`, so the detection is replaced by a stub that reports no colour.
 * - commander loads node:child_process for executable subcommands, which roadmap does not have; it gets a
 *   proxy that loads the real module only if it is ever touched.
 * - An ES-module import of a Node built-in makes Node read every export of it: for node:fs that loads the
 *   whole streams stack (its ReadStream and promises getters). roadmap's own imports of built-ins are
 *   turned into require() calls (the banner's createRequire), whose exports stay lazy.
 * - conf loads ajv and ajv-formats (a third of a megabyte) for its `schema` option, which roadmap does not
 *   use (the store's shape is checked by src/store/shape.ts); from conf they become stubs that refuse to be
 *   used, so every write does not parse them. roadmap's own validator (custom roadmaps) keeps the real ajv.
 */
const startupTrims = {
  name: 'startup-trims',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color-stub', namespace: 'trim' }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'child-process-lazy', namespace: 'trim' } : undefined,
    );
    b.onResolve({ filter: /^ajv(\/dist\/2020\.js)?$|^ajv-formats$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/conf/`) ? { path: 'conf-no-schema', namespace: 'trim' } : undefined,
    );
    b.onLoad({ filter: /^conf-no-schema$/, namespace: 'trim' }, () => ({
      contents:
        "const unused = () => { throw new Error('conf schema validation is not part of roadmap'); };\nexport class Ajv2020 { constructor() { unused(); } }\nexport default unused;\n",
      loader: 'js',
    }));
    b.onResolve({ filter: /^node:[a-z_/]+$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}`) && args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    // Only the default export: a CommonJS shape would make esbuild copy every property at start-up.
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `export default require(${JSON.stringify(args.path)});\n`, loader: 'js' }));
    b.onLoad({ filter: /^supports-color-stub$/, namespace: 'trim' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
    b.onLoad({ filter: /^child-process-lazy$/, namespace: 'trim' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });\n",
      loader: 'js',
    }));
  },
};

// Chunk names change with their content: start from an empty dist/ so no stale chunk ships.
fs.rmSync('dist', { recursive: true, force: true });

const result = await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Everything is bundled, open too (bundled, it uses the system's xdg-open): the package installs
  // with no dependencies at all.
  banner: { js: "import { createRequire as __roadmapRequire } from 'node:module'; const require = __roadmapRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [startupTrims],
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
});

// Which sources each output file holds: the load-trace test reads it (not shipped).
fs.mkdirSync('.build', { recursive: true });
fs.writeFileSync('.build/meta.json', JSON.stringify(result.metafile));
