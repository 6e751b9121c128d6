// The loop of issue #15 through the real binary and its store: today's doneWhen, quiz --json, done, the
// reviews due, a grade, undo, the snapshot and the log on disk, an export that imports again. And the
// start-up path: ts-fsrs is a bundle of its own that `today` never loads,.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvents, roadmap, storeFile, tempHome } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('quiz and review (spawned)', () => {
  it('goes from today to a first review and back with undo, through the snapshot and the log', () => {
    const home = tempHome();
    const today = roadmap(home, ['today', '--lang', 'en']);
    expect(today.stdout).toMatch(/\nDone when \(w1-python-basics\): .+ \(added by roadmap\)\n/);
    const quiz = JSON.parse(roadmap(home, ['quiz', 'w1-python-basics', '--json', '--lang', 'zh']).stdout);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
    expect(roadmap(home, ['quiz', 'w1-python-basics']).code).toBe(2);
    expect(roadmap(home, ['done', 'w1-python-basics']).code).toBe(0);
    const snapshot = JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
    expect(Object.keys(snapshot.cards).sort()).toEqual(quiz.questions.map((q: { id: string }) => q.id).sort());
    const n = quiz.questions.length;
    expect(JSON.parse(roadmap(home, ['today', '--json']).stdout).reviews.due).toBe(n);
    const due = JSON.parse(roadmap(home, ['review', '--json']).stdout).due;
    expect(due.map((d: { id: string }) => d.id).sort()).toEqual(Object.keys(snapshot.cards).sort());
    const graded = roadmap(home, ['review', due[0].id, '--grade', 'good']);
    expect(graded.code, graded.stderr).toBe(0);
    expect(graded.stdout).toMatch(new RegExp(`^${due[0].id}: good; next review \\d{4}-\\d\\d-\\d\\d\\.\\n$`));
    expect(readEvents(home).at(-1)).toMatchObject({ type: 'review', grade: 'good', cards: [{ id: due[0].id }] });
    expect(JSON.parse(roadmap(home, ['today', '--json']).stdout).reviews.due).toBe(n - 1);
    expect(roadmap(home, ['log']).stdout).toContain(`review  ${due[0].id} · good`);
    expect(roadmap(home, ['review', 'nope-q1', '--grade', 'easy']).code).toBe(2);
    expect(roadmap(home, ['review', due[0].id, '--grade', 'perfect']).code).toBe(2);
    const exported = roadmap(home, ['export']);
    expect(exported.code).toBe(0);
    const other = tempHome();
    fs.writeFileSync(path.join(other, 'export.json'), exported.stdout);
    expect(roadmap(other, ['import', path.join(other, 'export.json')]).code).toBe(0);
    expect(JSON.parse(roadmap(other, ['today', '--json']).stdout).reviews.due).toBe(n - 1);
    expect(roadmap(home, ['undo']).code).toBe(0);
    expect(JSON.parse(roadmap(home, ['today', '--json']).stdout).reviews.due).toBe(n);
    expect(roadmap(home, ['reset', 'w1-python-basics']).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(storeFile(home), 'utf8')).cards).toEqual({});
  });

  it('ts-fsrs is in a bundle of its own (dist/vendor/fsrs.cjs), not in what today loads', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, '.build/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = (file: string) => Object.keys(meta.outputs[file]?.inputs ?? {});
    expect(inputs('dist/main.cjs').some((i) => i.includes('node_modules/ts-fsrs/'))).toBe(false);
    expect(inputs('dist/vendor/fsrs.cjs').some((i) => i.includes('node_modules/ts-fsrs/'))).toBe(true);
  });
});
