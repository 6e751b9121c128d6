// report --format html through the real binary, with the store and the cache in fresh folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, tempHome } from './helpers.ts';

const SECTIONS = ['overview', 'weeks', 'burnup', 'activity', 'papers', 'exercises', 'reviews', 'notes'];

describe('report --format html (spawned)', () => {
  it('--out writes the whole page, private, with a hostile note escaped; stdout without --out', () => {
    const home = tempHome();
    expect(roadmap(home, ['done', 'w1-python-basics', '--date', '2026-01-05']).code).toBe(0);
    expect(roadmap(home, ['done', 'w1-python-oop']).code).toBe(0);
    expect(roadmap(home, ['note', 'w1-python-oop', '<script>alert(1)</script> \u001b[31mred']).code).toBe(0);
    const file = path.join(home, 'page.html');
    const r = roadmap(home, ['report', '--format', 'html', '--out', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote the progress page to ${file}.\n`);
    const html = fs.readFileSync(file, 'utf8');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    for (const id of SECTIONS) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\u{1b}[31mred');
    expect(html).not.toMatch(/<script|\u001b/);
    // Only the file is there: no temp file left beside it.
    expect(fs.readdirSync(home).filter((n) => n.includes('page.html'))).toEqual(['page.html']);

    // stdout is a pipe here: the page itself, the same as the file but for nothing.
    const piped = roadmap(home, ['report', '--format', 'html', '--lang', 'zh']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
  });

  it('a bad --out is one line on stderr and exit 2; an unknown format names md and html', () => {
    const home = tempHome();
    for (const out of [home, path.join(home, 'missing', 'page.html')]) {
      const r = roadmap(home, ['report', '--format', 'html', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^roadmap: --out/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const bad = roadmap(home, ['report', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('roadmap: Unknown report format "pdf": md (Markdown) or html (a page with charts).\n');
  });
});
