// Packaging: npm pack gives a small tarball of only what runs, which installs globally (no registry:
// the package has no dependencies) and runs `roadmap today`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm pack and a global install', () => {
  it('packs only what runs and installs offline into a prefix', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-pack-'));
    // dist/ is already built by the test command; the tarball is made from a staging folder.
    const packed = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'pack.mjs'), tmp], { cwd: ROOT, encoding: 'utf8' }))[0];
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files).toContain('bin/roadmap.js');
    expect(files).toContain('bin/package.json');
    expect(files).toContain('dist/boot.cjs');
    expect(files).toContain('dist/main.cjs');
    expect(files).toContain('dist/vendor/inquirer.cjs');
    expect(files).toContain('data/roadmap.json');
    expect(files).toContain('data/roadmap.schema.json');
    expect(files.filter((f) => /^(src|test|scripts|\.build|\.ci)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    expect(packed.size).toBeLessThan(600_000);

    expect(files).toContain('README.md');
    // Nothing in the published package.json runs at install: no prepare, no devDependencies.
    const published = JSON.parse(execFileSync('tar', ['-xOzf', path.join(tmp, packed.filename), 'package/package.json'], { encoding: 'utf8' }));
    expect(published.scripts).toBeUndefined();
    expect(published.devDependencies).toBeUndefined();

    const prefix = path.join(tmp, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--offline', '--prefix', prefix, path.join(tmp, packed.filename)], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    });
    expect(install.status).toBe(0);
    // A quiet install: no warning about scripts, or anything else.
    expect(install.stderr).toBe('');
    const bin = path.join(prefix, 'bin', 'roadmap');
    expect(fs.existsSync(bin)).toBe(true);
    const home = path.join(tmp, 'home');
    const r = spawnSync(bin, ['today', '--lang', 'en'], {
      env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, ROADMAP_HOME: home },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Week 1 · study day 1 of');
    expect(fs.existsSync(path.join(home, 'progress.json'))).toBe(true);
  }, 120_000);
});
