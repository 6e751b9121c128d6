// Bundles the CLI into dist/ with esbuild, as CommonJS so that it can go through roadmap's compile cache
// (src/boot/compile-cache.ts; Node 20 can cache compiled code only for scripts, not ES modules):
// - dist/boot.cjs: the loader bin/roadmap.js requires;
// - dist/main.cjs: roadmap's own code with commander and chalk, all that `roadmap today` runs;
// - dist/vendor/*.cjs: the heavy packages, each loaded only by the commands that use it (inquirer
//   by prompts, conf (not yet used by the store, see src/store/store.ts), open by `open`, ajv by custom roadmaps).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const requireBuiltin = createRequire(import.meta.url);
const RESERVED = new Set(['default', 'delete', 'new', 'in', 'class', 'function', 'import', 'export', 'constructor']);

/**
 * A Node built-in imported with ES syntax, as an ES module of its plain properties. Left to itself,
 * esbuild turns each such import into a copy of the whole module (a getter per property: node:fs has
 * over a hundred), once per importing module; this facade only reads the properties once.
 */
function builtinFacade(name) {
  const m = requireBuiltin(name);
  const names = Object.getOwnPropertyNames(m).filter((key) => {
    const desc = Object.getOwnPropertyDescriptor(m, key);
    return desc && 'value' in desc && /^[A-Za-z_$][\w$]*$/.test(key) && !RESERVED.has(key);
  });
  return `const m = require(${JSON.stringify(name)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

/** The packages roadmap's code imports lazily, and the vendor bundle each becomes. */
const VENDORS = {
  '@inquirer/prompts': 'inquirer',
  conf: 'conf',
  open: 'open',
  'ajv/dist/2020.js': 'ajv',
};

/**
 * Start-up trims, each measured with npm run bench:
 * - built-ins imported with ES syntax go through builtinFacade (above).
 * - chalk's own colour detection (supports-color) probes the terminal through node:os and node:tty when
 *   it loads; roadmap decides the colour level itself (NO_COLOR, FORCE_COLOR, --no-color, a TTY) and
 *   passes it to `new Chalk({ level })`, so the detection is replaced by a stub that reports no colour.
 * - commander loads node:child_process for executable subcommands, which roadmap does not have; it gets a
 *   proxy that loads the real module only if it is ever touched.
 * - conf loads ajv and ajv-formats (a third of a megabyte) for its `schema` option and semver for its
 *   `migrations` option, neither of which roadmap uses (the store's shape and versions are roadmap's own:
 *   src/store/shape.ts, src/store/migrate.ts); from conf they become stubs that refuse to be used.
 *   roadmap's own validator (custom roadmaps) keeps the real ajv.
 */
const stubs = {
  'supports-color-stub': 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
  'child-process-lazy': "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });\n",
  'conf-unused':
    "const unused = () => { throw new Error('this part of conf is not used by roadmap'); };\nexport class Ajv2020 { constructor() { unused(); } }\nexport default new Proxy(unused, { get: () => unused });\n",
};
const fromPackage = (args, name) => args.importer.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`);

const startupTrims = {
  name: 'startup-trims',
  setup(b) {
    b.onResolve({ filter: /^node:[a-z_/]+$/ }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: builtinFacade(args.path), loader: 'js' }));
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color-stub', namespace: 'trim' }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (fromPackage(args, 'commander') ? { path: 'child-process-lazy', namespace: 'trim' } : undefined));
    b.onResolve({ filter: /^ajv(\/dist\/2020\.js)?$|^ajv-formats$|^semver$/ }, (args) => (fromPackage(args, 'conf') ? { path: 'conf-unused', namespace: 'trim' } : undefined));
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
