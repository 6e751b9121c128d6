// Custom roadmaps through the real binary: template -> edit -> use, progress per roadmap, located problems.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay, readStore, roadmap, storeFile, tempHome } from './helpers.ts';

function templateFile(home: string, edit: (r: any) => void): string {
  const r = roadmap(home, ['template']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  edit(doc);
  const file = path.join(home, 'lab-plan.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

describe('custom roadmaps (spawned)', () => {
  it('template points at the shipped schema and is a valid roadmap', () => {
    const home = tempHome();
    const doc = JSON.parse(roadmap(home, ['template']).stdout);
    expect(doc.$schema).toMatch(/^file:.*\/data\/roadmap\.schema\.json$/);
    expect(fs.existsSync(new URL(doc.$schema))).toBe(true);
    expect(doc.weeks).toHaveLength(7);
  });

  it('use <file> switches, keeps progress per roadmap, and --bundled switches back', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const file = templateFile(home, (r) => {
      r.id = 'lab-plan';
      r.title = { zh: '实验室计划', en: 'Lab plan' };
      r.weeks[0].tasks[0].title.en = 'Python, the lab way';
    });
    const use = roadmap(home, ['use', file, '--lang', 'en']);
    expect(use.code).toBe(0);
    expect(use.stdout).toContain('Now using "Lab plan" (42 tasks)');
    const today = roadmap(home, ['today', '--lang', 'en']);
    expect(today.stdout).toContain('Python, the lab way');
    expect(today.stdout).toMatch(/0\/42 done/);
    roadmap(home, ['done', 'w1-python-oop']);
    expect(readStore(home).progress['w1-python-oop']).toBeUndefined();
    const lab = JSON.parse(fs.readFileSync(path.join(home, 'store', 'roadmaps', 'lab-plan.json'), 'utf8'));
    expect(lab.progress['w1-python-oop'].status).toBe('done');
    expect(roadmap(home, ['use', '--lang', 'en']).stdout).toContain(`In use: ${file}`);
    expect(roadmap(home, ['use', '--bundled']).code).toBe(0);
    expect(roadmap(home, ['today', '--lang', 'en']).stdout).toMatch(/1\/42 done/);
  });

  it('refuses a bad file with every problem and its place, exit 2, nothing changed', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.weeks[2].tasks[0].resources[0].url = 'file:///etc/passwd';
      delete r.weeks[1].tasks[1].estimateMinutes;
      r.weeks[0].tasks[0].kind = 'lecture';
    });
    const r = roadmap(home, ['use', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a valid roadmap (3 problems); nothing was changed:');
    expect(r.stderr).toContain('weeks[2].tasks[0].resources[0].url: must be an http(s) URL');
    expect(r.stderr).toContain('weeks[1].tasks[1]: missing "estimateMinutes"');
    expect(r.stderr).toContain('weeks[0].tasks[0]: unknown field "kind"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(storeFile(home))).toBe(false);
  });

  it('a file that is not JSON gives the line and column', () => {
    const home = tempHome();
    const file = path.join(home, 'broken.json');
    fs.writeFileSync(file, '{\n  "formatVersion": 1,\n  "id": "x",\n  "weeks": [ }\n');
    const r = roadmap(home, ['use', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:4:\d+: /);
  });

  it('a roadmap in use that breaks later is reported, and use --bundled still works', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.id = 'mine';
    });
    expect(roadmap(home, ['use', file]).code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    doc.weeks[0].tasks[0].resources[0].url = 'javascript:alert(1)';
    fs.writeFileSync(file, JSON.stringify(doc, null, 1));
    const r = roadmap(home, ['today', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has changed and is no longer valid: weeks[0].tasks[0].resources[0].url: must be an http(s) URL');
    expect(roadmap(home, ['use', '--bundled']).code).toBe(0);
    expect(roadmap(home, ['today']).code).toBe(0);
  });
});

describe('a custom roadmap compiled into plain data (spawned)', () => {
  const compiled = (home: string, id: string) => path.join(home, 'store', 'roadmaps', id);

  it('use compiles it once into an index and one file per week; later runs load that, and print the same as right after use', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.id = 'cached';
    });
    expect(roadmap(home, ['use', file]).code).toBe(0);
    const dir = compiled(home, 'cached');
    const names = fs.readdirSync(dir).sort();
    expect(names[0]).toBe('index.json');
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
    expect(index).toMatchObject({ format: 'roadmap-compiled', version: 1, source: { file } });
    expect(index.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(names.filter((n) => n.startsWith('week-'))).toHaveLength(index.weeks.length);
    expect(index.weeks[0].tasks[0]).toEqual({ id: 'w1-python-basics', estimateMinutes: expect.any(Number) });
    roadmap(home, ['done', 'w1-python-basics', '--date', localDay(-1)]);
    roadmap(home, ['note', 'w1-python-oop', 'classes', 'and', 'objects']);
    const commands = [
      ['today', '--lang', 'en'],
      ['today', '--json'],
      ['list', '--lang', 'zh'],
      ['show', 'w1-python-oop', '--json'],
      ['stats', '--json'],
      ['papers', '--json'],
    ];
    const run = () => commands.map((args) => roadmap(home, args));
    const first = run();
    for (const r of first) expect(r.code, r.stderr).toBe(0);
    expect(run()).toEqual(first);
    // A copy with the same content (a new inode and times): hashed, found the same, not compiled again.
    const copy = fs.readFileSync(file);
    fs.rmSync(file);
    fs.writeFileSync(file, copy);
    expect(run()).toEqual(first);
    expect(fs.readdirSync(dir).sort()).toEqual(names);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).source.sha256).toBe(index.source.sha256);
  });

  it('today reads the index and the weeks it shows: other week files are not read; a missing one it needs is compiled again', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.id = 'outlined';
    });
    expect(roadmap(home, ['use', file]).code).toBe(0);
    const dir = compiled(home, 'outlined');
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
    const first = roadmap(home, ['today', '--lang', 'en']);
    expect(first.code, first.stderr).toBe(0);
    // Week 1 on the first day: every later week file made unreadable (a FIFO would block a read; a
    // directory fails one) changes nothing, and none of them is compiled again.
    const later = index.weeks.slice(1).map((w: { file: string }) => path.join(dir, w.file));
    for (const week of later) {
      fs.rmSync(week);
      fs.mkdirSync(week);
    }
    for (const args of [
      ['today', '--lang', 'en'],
      ['today', '--all', '--lang', 'en'],
    ]) {
      const r = roadmap(home, args);
      expect(r.code, r.stderr).toBe(0);
      if (args.length === 3) expect(r.stdout).toBe(first.stdout);
    }
    for (const week of later) expect(fs.statSync(week).isDirectory()).toBe(true);
    // A command that needs them all compiles the roadmap again from its source.
    for (const week of later) fs.rmSync(week, { recursive: true });
    expect(roadmap(home, ['list', '--lang', 'en']).code).toBe(0);
    for (const week of later) expect(fs.statSync(week).isFile()).toBe(true);
    // The week today shows, gone: it is compiled again, and today prints the same.
    fs.rmSync(path.join(dir, index.weeks[0].file));
    expect(roadmap(home, ['today', '--lang', 'en'])).toEqual(first);
    expect(fs.existsSync(path.join(dir, index.weeks[0].file))).toBe(true);
  });

  it('an edit in place with the size and times set back (touch -r) is still seen: validated and compiled again', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.id = 'edited';
      r.weeks[0].tasks[0].title.en = 'Python, the lab way';
    });
    expect(roadmap(home, ['use', file]).code).toBe(0);
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    // Same length, another title: then the times are set back as touch -r would.
    const changed = text.replace('"Python, the lab way"', '"Python, THE LAB WAY"');
    expect(changed.length).toBe(text.length);
    fs.writeFileSync(file, changed);
    fs.utimesSync(file, before.atime, before.mtime);
    expect(roadmap(home, ['today', '--lang', 'en']).stdout).toContain('Python, THE LAB WAY');
    // A javascript: URL put in the same way is refused, not shown.
    fs.writeFileSync(file, text.replace(/"https:\/\/[^"]+"/, '"javascript:alert(1)"'));
    fs.utimesSync(file, before.atime, before.mtime);
    const r = roadmap(home, ['today', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('javascript:');
    expect(r.stderr).toMatch(/is no longer valid/);
  });

  it('a write through roadmap and an edit of the store by hand are both seen at once', () => {
    const home = tempHome();
    const file = templateFile(home, (r) => {
      r.id = 'cached';
    });
    expect(roadmap(home, ['use', file]).code).toBe(0);
    roadmap(home, ['done', 'w1-python-basics']);
    roadmap(home, ['done', 'w1-python-oop']);
    expect(JSON.parse(roadmap(home, ['show', 'w1-python-oop', '--json']).stdout).status).toBe('done');
    const store = path.join(home, 'store', 'roadmaps', 'cached.json');
    const doc = JSON.parse(fs.readFileSync(store, 'utf8'));
    doc.progress['w1-python-oop'].status = 'skipped';
    fs.writeFileSync(store, JSON.stringify(doc));
    expect(JSON.parse(roadmap(home, ['today', '--json']).stdout).progress).toMatchObject({ done: 1, skipped: 1 });
  });
});

describe('completion (spawned)', () => {
  it('prints scripts and live ids', () => {
    const home = tempHome();
    expect(roadmap(home, ['completion', 'bash']).stdout).toContain('complete -F _roadmap roadmap');
    expect(roadmap(home, ['completion', 'zsh']).stdout).toContain('#compdef roadmap');
    expect(roadmap(home, ['completion', 'fish']).stdout).toContain('complete -c roadmap');
    const ids = roadmap(home, ['completion', '--ids']).stdout.trim().split('\n');
    expect(ids).toContain('w6-resnet');
    expect(ids).toHaveLength(42);
    expect(roadmap(home, ['completion', 'tcsh']).code).toBe(2);
  });
});
