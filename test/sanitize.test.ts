// Text from files never controls the terminal: every view, in colour and without, shows hostile texts
// from a roadmap and from notes only as visible escapes. The bytes are checked: the only escape
// sequences left are roadmap's own colours (SGR) and, where the terminal shows them, its own links.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayText, safeJson, visible } from '../src/core/escape.ts';
import { listCommand, showCommand } from '../src/commands/list.ts';
import { logCommand } from '../src/commands/log.ts';
import { noteCommand, notesCommand } from '../src/commands/notes.ts';
import { papersCommand } from '../src/commands/papers.ts';
import { planCommand } from '../src/commands/plan.ts';
import { reportCommand } from '../src/commands/report.ts';
import { statsCommand } from '../src/commands/stats.ts';
import { todayCommand } from '../src/commands/today.ts';
import { exportCommand } from '../src/commands/transfer.ts';
import type { Roadmap } from '../src/core/types.ts';
import { fakeDeps } from './helpers.ts';
import { fixtureRoadmap } from './fixtures/roadmap.ts';
import { ALL, ATTACKS } from './fixtures/hostile/texts.ts';

/** The fixture roadmap with a hostile text in every text field. */
function hostileRoadmap(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  const both = { zh: ALL, en: ALL };
  r.title = both;
  for (const week of r.weeks) {
    week.title = both;
    week.goal = both;
    for (const task of week.tasks) {
      task.title = both;
      task.description = both;
      for (const res of task.resources) {
        res.title = both;
        res.note = both;
      }
      if (task.paper) task.paper.title = ALL;
    }
  }
  for (const tip of r.tips) tip.text = both;
  return r;
}

/** Escape sequences a view may contain: SGR colours, and roadmap's own OSC 8 links (none here: hyperlinks off). */
function unsafeBytes(out: string): string[] {
  const withoutSgr = out.replace(/\u001b\[[0-9;]*m/g, '');
  return [...withoutSgr.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g)].map((m) =>
    JSON.stringify(m[0]),
  );
}

describe('hostile texts in a roadmap and in notes', () => {
  for (const [lang, colour] of [
    ['en', 0],
    ['en', 1],
    ['zh', 1],
  ] as const) {
    it(`reach no view raw (${lang}, colour ${colour ? 'on' : 'off'})`, async () => {
      const f = fakeDeps({ roadmap: hostileRoadmap(), lang, now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
      f.deps.style = new Chalk({ level: colour });
      const id = fixtureRoadmap.weeks[0]!.tasks[0]!.id;
      await noteCommand(id, [ALL], {}, f.deps);
      const runs: [string, () => unknown][] = [
        ['today', () => todayCommand({}, f.deps)],
        ['today --json', () => todayCommand({ json: true }, f.deps)],
        ['list', () => listCommand({}, f.deps)],
        ['show', () => showCommand(id, {}, f.deps)],
        ['show --json', () => showCommand(id, { json: true }, f.deps)],
        ['papers', () => papersCommand({}, f.deps)],
        ['stats', () => statsCommand({}, f.deps)],
        ['plan', () => planCommand({}, f.deps)],
        ['report', () => reportCommand({}, f.deps)],
        ['notes', () => notesCommand({}, f.deps)],
        ['log', () => logCommand({}, f.deps)],
        ['log --json', () => logCommand({ json: true }, f.deps)],
        ['export', () => exportCommand(undefined, {}, f.deps)],
      ];
      for (const [name, run] of runs) {
        const before = f.stdout().length;
        await run();
        const out = f.stdout().slice(before);
        expect(out.length, name).toBeGreaterThan(0);
        expect(unsafeBytes(out), name).toEqual([]);
      }
      // The texts are still there to read, as visible escapes.
      expect(f.stdout()).toContain('Clear\\u{1b}[2J');
      expect(f.stdout()).toContain('Bidi\\u{202e}exe.txt');
    });
  }
});

describe('the sanitiser', () => {
  it.each(Object.entries(ATTACKS))('%s: made visible, with newlines and tabs kept', (_name, text) => {
    const shown = displayText(`${text}\n\tnext`);
    expect(unsafeBytes(shown)).toEqual([]);
    expect(shown.endsWith('\n\tnext')).toBe(true);
  });

  it('visible() also escapes newlines and shortens', () => {
    expect(visible('a\nb')).toBe('a\\u{a}b');
    expect(visible('x'.repeat(100), 10)).toHaveLength(10);
  });

  // The format characters are written out in src/core/escape.ts (\p{Cf} costs ICU's tables at every start):
  // every Cf character of this Node is escaped, and anything else escaped is a control, a separator, or a
  // character this Node's Unicode has not assigned yet (one a newer Unicode made Cf).
  it('escapes exactly the controls, the separators and category Cf (or unassigned) of every code point', () => {
    const control = (c: number) => c <= 0x08 || (c >= 0x0b && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const format = /\p{Cf}/u.test(ch);
      const mayBe = format || control(c) || /\p{Cn}/u.test(ch);
      const shown = displayText(ch) !== ch;
      const json = c >= 0x20 && safeJson(ch) !== ch;
      if ((format || control(c)) !== shown && !(shown && mayBe)) wrong.push(`displayText U+${c.toString(16)}`);
      if (c >= 0x20 && (format || control(c)) !== json && !(json && mayBe)) wrong.push(`safeJson U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('safeJson escapes in JSON’s own way: the same data when parsed', () => {
    const json = JSON.stringify({ t: ALL });
    const safe = safeJson(json);
    expect(unsafeBytes(safe)).toEqual([]);
    expect(JSON.parse(safe)).toEqual({ t: ALL });
  });
});

describe('truncate', () => {
  it('never cuts a wide character, a surrogate pair or one of our colour sequences in half', async () => {
    const { truncate, displayWidth } = await import('../src/ui/width.ts');
    expect(truncate('深度学习路线', 5)).toBe('深度…');
    expect(displayWidth(truncate('深度学习路线', 6))).toBeLessThanOrEqual(6);
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    const styled = `\u001b[1mbold text here\u001b[22m`;
    const cut = truncate(styled, 6);
    expect(cut).toBe('\u001b[1mbold …\u001b[0m');
    expect(unsafeBytes(cut)).toEqual([]);
  });
});
