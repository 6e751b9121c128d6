// Bundles the CLI into dist/ with esbuild, as CommonJS so that it can go through roadmap's compile cache
// (src/boot/compile-cache.ts; Node 20 can cache compiled code only for scripts, not ES modules):
// - dist/boot.cjs: the loader bin/roadmap.js requires;
// - dist/main.cjs: roadmap's own code with commander: every command;
// - dist/today.cjs, list.cjs (list and show), stats.cjs: the everyday commands alone with the runner and
//   without commander (src/direct.ts), what a plain line of that command runs: a third of the code to read,
//   deserialise and run at their start (npm run bench); any other line of them loads dist/main.cjs;
// - dist/validate.cjs: the validation of a custom roadmap with its JSON Schema, loaded by the runs that validate one
//   (LAZY below);
// - dist/i18n/en.cjs, zh.cjs: the interface's words, one bundle per language, so that a run loads only the
//   catalogue it speaks (src/i18n/load.ts); the sources stay plain modules (tests import them as they are);
// - dist/vendor/*.cjs: the heavy packages, each loaded only by the commands that use it (inquirer
//   by prompts, conf by the config file (src/store/config.ts), open by `open`, ajv by custom roadmaps, chalk
//   by coloured output: src/ui/style.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { build } from 'esbuild';

/** The packages roadmap's code imports lazily, and the vendor bundle each becomes. */
const VENDORS = {
  '@inquirer/prompts': 'inquirer',
  conf: 'conf',
  open: 'open',
  'ajv/dist/2020.js': 'ajv',
  // FSRS, for the commands that grade review cards (src/study/fsrs.ts).
  'ts-fsrs': 'fsrs',
  // Colour, only when output is coloured (src/ui/style.ts).
  chalk: 'chalk',
};

/**
 * Start-up trims, each measured (paired runs of `roadmap today` in a clean environment; 2026-12-02: without
 * them `today` took 2-5 ms more, consistently). A stub for conf's ajv was dropped: its gain was below the
 * noise, and conf is not on any start-up path. (A facade for built-ins, once dropped as below the noise too,
 * is back as builtinFacades below: with 40 importing files its copies had grown to milliseconds.)
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

/**
 * What a vendor package pulls in that Node does itself: @inquirer/external-editor (the `roadmap note` editor)
 * decodes the edited file with iconv-lite, 490 KB of its 605 KB bundle; src/shims/iconv-lite.ts does the same
 * with Node's TextDecoder (tested in test/shims.test.ts).
 */
const vendorShims = {
  name: 'vendor-shims',
  setup(b) {
    b.onResolve({ filter: /^iconv-lite$/ }, (args) => (fromPackage(args, '@inquirer') ? { path: path.resolve('src/shims/iconv-lite.ts') } : undefined));
  },
};

/**
 * Built-in modules imported by ES modules: esbuild turns each `import fs from 'node:fs'` into a copy of the
 * whole module (__toESM: a getter per property, ~100 for node:fs) in every file that imports it, which cost
 * 2-7 ms at start-up (40 such copies in main). They import a facade instead: one `require`, its default
 * export, and the module's plain values as named exports (not its getters: `fs.promises` would load
 * node:fs/promises). A `require` of a built-in (commander's) is left as it is: it copies nothing.
 */
const builtinFacades = {
  name: 'builtin-facades',
  setup(b) {
    b.onResolve({ filter: /^node:[a-z_/]+$/ }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, async (args) => {
      const real = await import(args.path);
      const names = Object.entries(Object.getOwnPropertyDescriptors(real.default ?? real))
        .filter(([name, d]) => 'value' in d && d.enumerable && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
        .map(([name]) => name);
      // Each read is marked pure, so that esbuild drops the names a bundle does not import (reading ~100 of
      // them in every bundle cost time at start, and bytes).
      const lines = names.map((name) => `export const ${name} = /* @__PURE__ */ (() => m.${name})();`);
      return { contents: `const m = require(${JSON.stringify(args.path)});\nexport default m;\n${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

/**
 * The everyday commands, each also a bundle of its own (src/direct.ts commandMain): the command's declaration
 * and the runner, and dist/main.cjs required (through the loader) only for a line left to commander. The
 * loader picks the bundle by the command word (src/cli-args.ts DIRECT_BUNDLES, which a test compares).
 */
const DIRECT = { today: ['today.ts', ['todaySpec']], list: ['list.ts', ['listSpec', 'showSpec']], stats: ['stats.ts', ['statsSpec']] };
const commandBundles = {
  name: 'command-bundles',
  setup(b) {
    b.onResolve({ filter: /^command:/ }, (args) => ({ path: args.path.slice('command:'.length), namespace: 'command' }));
    b.onLoad({ filter: /.*/, namespace: 'command' }, (args) => {
      const [file, specs] = DIRECT[args.path];
      return {
        contents: `import { ${specs.join(', ')} } from './src/commands/${file}';\nimport { commandMain } from './src/direct.ts';\nexport function main() {\n  return commandMain([${specs.join(', ')}], () => require('./main.cjs'));\n}\n`,
        resolveDir: process.cwd(),
        loader: 'ts',
      };
    });
    b.onResolve({ filter: /^\.\/main\.cjs$/ }, (args) => (args.namespace === 'command' ? { path: args.path, external: true } : undefined));
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

/**
 * Modules that only some runs import (dynamically), each a bundle of its own: the validation of a custom roadmap
 * (validate.ts with its JSON Schema, 17 KB of the 82 KB today.cjs, compiled by every cold start and never run by a
 * `today` on the bundled roadmap). In the CLI bundles an import of one becomes a require of its bundle (through the
 * loader). Each holds pure code only (the build checks its sources against LAZY_SOURCES), so no module's state is
 * in two bundles.
 */
const LAZY = { [path.resolve('src/roadmaps/validate.ts')]: 'validate' };
const LAZY_SOURCES = { validate: ['src/roadmaps/validate.ts', 'src/roadmaps/json-location.ts', 'data/roadmap.schema.json'] };
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /\.ts$/ }, (args) => {
      const name = LAZY[path.resolve(args.resolveDir, args.path)];
      return name === undefined || args.kind !== 'dynamic-import' ? undefined : { path: name, namespace: 'lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: `export * from './${args.path}.cjs';\n`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/[a-z]+\.cjs$/ }, (args) => (args.namespace === 'lazy' ? { path: args.path, external: true } : undefined));
  },
};

/** The catalogues (src/i18n/en.ts, zh.ts), each built into a bundle of its own (CATALOGUES). */
const CATALOGUES = ['en', 'zh'];
const I18N = path.resolve('src', 'i18n');

/**
 * In main, an import of a catalogue becomes a getter that requires its bundle on first use: errors.ts holds
 * English for its messages, yet a Chinese run loads en.cjs only if an error is made. The catalogues import
 * types only, so no module's state is in two bundles (the build checks that each holds its catalogue alone).
 */
const catalogueBundles = {
  name: 'catalogue-bundles',
  setup(b) {
    b.onResolve({ filter: /(^|\/)(en|zh)\.ts$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      const name = path.basename(file, '.ts');
      return path.dirname(file) === I18N && CATALOGUES.includes(name) ? { path: name, namespace: 'catalogue' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'catalogue' }, (args) => ({
      contents: `let bundle;\nmodule.exports = { get ${args.path}() { return (bundle ??= require('./i18n/${args.path}.cjs')).${args.path}; } };\n`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/i18n\// }, (args) => (args.namespace === 'catalogue' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * The loader answers --version from package.json, which esbuild would bundle whole (a default import of JSON
 * is not tree-shaken): an object of 20-odd keys built at every start. It gets the version alone.
 */
const versionOnly = {
  name: 'version-only',
  setup(b) {
    b.onLoad({ filter: /[/\\]package\.json$/ }, async (args) => {
      const { version } = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
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
  plugins: [builtinFacades, startupTrims],
  // ES modules bundled into CommonJS: import.meta.dirname and filename are the bundle's own (free to know).
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
};

// Start from an empty dist/ so no stale file ships.
fs.rmSync('dist', { recursive: true, force: true });

const results = await Promise.all([
  build({ ...common, entryPoints: { boot: 'src/boot/start.ts' }, outdir: 'dist', plugins: [versionOnly, ...common.plugins] }),
  build({
    ...common,
    entryPoints: { main: 'src/main.ts', ...Object.fromEntries(Object.keys(DIRECT).map((name) => [name, `command:${name}`])) },
    outdir: 'dist',
    plugins: [commandBundles, lazyBundles, catalogueBundles, vendorBundles, builtinFacades, startupTrims],
  }),
  build({ ...common, entryPoints: Object.fromEntries(CATALOGUES.map((name) => [name, `src/i18n/${name}.ts`])), outdir: 'dist/i18n' }),
  build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(LAZY).map(([file, name]) => [name, file])),
    outdir: 'dist',
    plugins: [vendorBundles, builtinFacades, startupTrims],
  }),
  build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(VENDORS).map(([pkg, name]) => [name, pkg])),
    outdir: 'dist/vendor',
    // No built-in facades: the vendors load only when a command needs them, and the facades' names would add to the package.
    plugins: [startupTrims, vendorShims],
    // Some vendors use import.meta.url (roadmap's own code does not: working out a file URL costs time at start).
    define: { ...common.define, 'import.meta.url': '__roadmapFileUrl' },
    banner: { js: "var __roadmapFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
]);

/**
 * esbuild writes every string as ASCII (\\u escapes) but leaves the characters of regular expressions as they
 * are (src/ui/width.ts's CJK punctuation): one such character makes the whole bundle a two-byte string in
 * V8, twice the memory and slower to read, wrap and compile. They are escaped here, in regular expressions
 * only (\\uXXXX means the same character there, with or without the u flag), which acorn's tokenizer
 * checks.
 */
function escapeRegexChars(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  const ranges = [];
  for (const token of acorn.tokenizer(text, { ecmaVersion: 'latest' })) if (token.type.label === 'regexp') ranges.push([token.start, token.end]);
  const inRegExp = (at) => ranges.some(([start, end]) => at > start && at < end);
  const escaped = text.replace(/[^\x00-\x7f]/g, (char, at) => {
    if (!inRegExp(at) || text[at - 1] === '\\') throw new Error(`${file}: a non-ASCII character outside a regular expression (or escaped) at ${at}`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  fs.writeFileSync(file, escaped);
}
for (const r of results) for (const file of Object.keys(r.metafile.outputs)) escapeRegexChars(file);

/**
 * A catalogue's sections (the objects at its top: day, list, store, study, …) are made when first read, not
 * when the bundle loads: a run reads a few of its ~30 sections, and making them all (hundreds of functions and
 * objects) was most of what the catalogue cost at start (npm run bench). Each `key: {…}` of the catalogue's
 * object becomes a getter that makes the object once and puts it in the getter's place (an own, enumerable,
 * writable property, as it was); its strings and functions at the top stay as they are.
 * test/boot/catalogues.test.ts compares each bundle's catalogue with its source, key by key.
 */
function lazySections(file) {
  const text = fs.readFileSync(file, 'utf8');
  const ast = acorn.parse(text, { ecmaVersion: 'latest' });
  const objects = ast.body
    .filter((node) => node.type === 'VariableDeclaration')
    .flatMap((node) => node.declarations)
    .filter((d) => d.init?.type === 'ObjectExpression' && d.init.properties.length > 20);
  if (objects.length !== 1) throw new Error(`${file}: expected one catalogue object, found ${objects.length}`);
  const sections = objects[0].init.properties.filter(
    (p) => p.type === 'Property' && p.kind === 'init' && !p.computed && !p.method && p.value.type === 'ObjectExpression',
  );
  // The catalogue and each section have no prototype (`__proto__: null`), which V8 keeps as a dictionary: a
  // literal of 100 keys as an object of fixed shape made a hundred map transitions, and replacing a section's
  // getter with its value reshaped it again (1.5 M of a warm today's instructions, callgrind, 2026-12-02).
  const bare = (literal) => `{__proto__:null,${literal.slice(1)}`;
  let out = text;
  for (const p of sections.reverse()) {
    const key = text.slice(p.key.start, p.key.end);
    const name = JSON.stringify(p.key.type === 'Identifier' ? p.key.name : p.key.value);
    out = `${out.slice(0, p.start)}get ${key}(){return __section(this,${name},()=>(${bare(text.slice(p.value.start, p.value.end))}))}${out.slice(p.end)}`;
  }
  const catalogue = objects[0].init.start;
  out = `${out.slice(0, catalogue)}${bare(out.slice(catalogue))}`;
  const helper = 'var __section=(o,k,make)=>{var v=make();Object.defineProperty(o,k,{value:v,enumerable:!0,writable:!0,configurable:!0});return v};';
  if (!out.startsWith('"use strict";')) throw new Error(`${file}: not a strict-mode bundle`);
  fs.writeFileSync(file, `"use strict";${helper}${out.slice('"use strict";'.length)}`);
}
for (const name of CATALOGUES) lazySections(`dist/i18n/${name}.cjs`);

// Which sources each output file holds: the load-trace test reads it (not shipped).
const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
for (const name of CATALOGUES) {
  const inputs = Object.keys(outputs[`dist/i18n/${name}.cjs`]?.inputs ?? {});
  if (inputs.join() !== `src/i18n/${name}.ts`) throw new Error(`dist/i18n/${name}.cjs must hold src/i18n/${name}.ts alone, not ${inputs.join(', ')}`);
}
for (const [name, allowed] of Object.entries(LAZY_SOURCES)) {
  const inputs = Object.keys(outputs[`dist/${name}.cjs`]?.inputs ?? {}).filter((input) => !input.startsWith('builtin:') && !input.startsWith('vendor:'));
  const other = inputs.filter((input) => !allowed.includes(input));
  if (inputs.length === 0 || other.length > 0) throw new Error(`dist/${name}.cjs must hold ${allowed.join(', ')} only, not ${other.join(', ') || 'nothing'}`);
}
fs.mkdirSync('.build', { recursive: true });
fs.writeFileSync('.build/meta.json', JSON.stringify({ outputs }));

// The bundled roadmap compiled as a custom one is (src/roadmaps/compiled.ts: an index with every task's id and
// estimate, and a file per week block) into dist/roadmap/: `roadmap today` reads the index and the weeks it
// shows instead of parsing the whole data/roadmap.json (src/run.ts; a test checks the copy against the data).
await build({ entryPoints: ['src/roadmaps/compiled.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.build/compiled.mjs', logLevel: 'warning' });
const { compileInto } = await import(pathToFileURL(path.resolve('.build/compiled.mjs')).href);
const roadmapBytes = fs.readFileSync('data/roadmap.json');
compileInto(path.join('dist', 'roadmap'), JSON.parse(roadmapBytes.toString('utf8')), {
  file: 'data/roadmap.json',
  sha256: createHash('sha256').update(roadmapBytes).digest('hex'),
  stat: '',
});
// Readable by everyone, as the rest of the package (the compiler writes a store's private files).
fs.chmodSync(path.join('dist', 'roadmap'), 0o755);
for (const name of fs.readdirSync(path.join('dist', 'roadmap'))) fs.chmodSync(path.join('dist', 'roadmap', name), 0o644);
