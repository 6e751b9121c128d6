// Bundles the CLI into dist/ with esbuild: one small entry for the fast path, and chunks loaded on
// demand (each command, conf, inquirer, the lock, the validator) so `roadmap today` parses only what it uses.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const requireBuiltin = createRequire(import.meta.url);
const RESERVED = new Set(['default', 'delete', 'new', 'in', 'class', 'function', 'import', 'export', 'constructor']);

/**
 * A Node built-in as an ES module without Node's own facade: an ES import of a built-in makes Node read
 * every export, getters included, and for node:fs that loads the whole streams stack, for node:process it
 * opens stdin, stdout and stderr. Here the module is required, and its plain data properties (never its
 * getters) become the named exports.
 */
function builtinFacade(name) {
  const m = requireBuiltin(name);
  const names = Object.getOwnPropertyNames(m).filter((key) => {
    const desc = Object.getOwnPropertyDescriptor(m, key);
    return desc && 'value' in desc && /^[A-Za-z_$][\w$]*$/.test(key) && !RESERVED.has(key);
  });
  return `const m = require(${JSON.stringify(name)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

/**
 * Start-up trims, each measured with npm run bench:
 * - built-ins go through builtinFacade (above).
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
