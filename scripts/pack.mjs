// Makes the npm tarball from a staging folder (.build/package): what runs (bin/, dist/, the roadmap
// data), the README, and a package.json without the scripts and devDependencies that serve only a
// checkout. Packing the checkout itself would ship its `prepare` script, which a global install of
// the tarball then warns about (its build script is not in the package, and nothing needs building).
// Usage: node scripts/pack.mjs [destination folder] (after npm run build). Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const destination = path.resolve(process.argv[2] ?? root);
const stage = path.join(root, '.build', 'package');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

if (!fs.existsSync(path.join(root, 'dist', 'main.cjs'))) {
  console.error('pack: dist/ is not built: run npm run build first');
  process.exit(1);
}
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });
for (const entry of [...pkg.files, 'README.md']) fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });

const { scripts: _scripts, devDependencies: _dev, overrides: _overrides, allowScripts: _allow, ...published } = pkg;
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);

const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: stage, encoding: 'utf8' });
process.stdout.write(out);
