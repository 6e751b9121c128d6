// Hostile file names against the binary: a roadmap or an export named with terminal sequences is
// named in every message with them made visible, on stdout and stderr.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, tempHome } from './helpers.ts';

const NAME = 'lab\u001b]0;owned\u0007\u001b[2J\u202e.json';
const raw = (text: string) => [...text.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g)].map((m) => JSON.stringify(m[0]));

describe('file names that carry terminal sequences', () => {
  it('use, doctor, today, export, import, undo and log name them only as visible escapes', () => {
    const home = tempHome();
    const template = roadmap(home, ['template']).stdout;
    const file = path.join(home, NAME);
    fs.writeFileSync(file, template);
    const outputs = [roadmap(home, ['use', file, '--lang', 'en']), roadmap(home, ['doctor', '--lang', 'en']), roadmap(home, ['today', '--lang', 'en'])];
    roadmap(home, ['use', '--bundled']);
    const exportFile = path.join(home, `export${NAME}`);
    roadmap(home, ['done', 'w1-python-basics']);
    outputs.push(roadmap(home, ['export', exportFile]));
    const fresh = tempHome();
    outputs.push(roadmap(fresh, ['import', exportFile, '--lang', 'en']), roadmap(fresh, ['log', '--lang', 'en']), roadmap(fresh, ['undo', '--lang', 'en']));
    // A broken file with that name: the error names it.
    fs.writeFileSync(file, '{ broken');
    outputs.push(roadmap(home, ['use', file, '--lang', 'en']));
    for (const r of outputs) {
      expect(raw(r.stdout)).toEqual([]);
      expect(raw(r.stderr)).toEqual([]);
    }
    expect(outputs[0]!.stdout).toContain('\\u{1b}]0;owned');
    expect(outputs.at(-1)!.stderr).toContain('\\u{1b}');
  });
});
