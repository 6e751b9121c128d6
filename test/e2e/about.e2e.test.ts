// roadmap about through the real binary, on the bundled roadmap: the text's acknowledgements and 友链 as the data
// has them, in both languages and as JSON; a custom roadmap without credits says so. Also the marks of what is
// ours on the bundled week 6, which the text leaves empty.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/core/types.ts';
import { roadmap, tempHome } from './helpers.ts';

const bundled = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/roadmap.json'), 'utf8')) as Roadmap;
const credits = bundled.credits!;

describe('roadmap about (spawned)', () => {
  it.each(['zh', 'en'] as const)('in %s: the title, the thanks, every 友链 numbered with its address, and the mark', (lang) => {
    const home = tempHome();
    const r = roadmap(home, ['about', '--lang', lang]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(bundled.title[lang]);
    expect(r.stdout).toContain(`\n  ${credits.thanks[lang]}\n`);
    expect(credits.links.length).toBeGreaterThanOrEqual(3);
    credits.links.forEach((link, i) =>
      expect(r.stdout).toMatch(new RegExp(`^ {2}${i + 1}\\. ${link.title[lang].replace(/[()]/g, '\\$&')} +${link.url}$`, 'm')),
    );
    expect(r.stdout).toContain(lang === 'zh' ? '标有“补充”的内容是本工具补充的，原文中没有。' : 'Content marked “added” is ours: it is not in the text.');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--json carries the same credits', () => {
    const home = tempHome();
    const r = roadmap(home, ['about', '--json', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.roadmap).toMatchObject({ id: bundled.id, title: bundled.title.zh, file: null });
    expect(json.credits).toEqual({ thanks: credits.thanks.zh, links: credits.links.map((l, i) => ({ n: i + 1, title: l.title.zh, url: l.url })) });
  });

  it('a custom roadmap without credits says so plainly', () => {
    const home = tempHome();
    const doc = JSON.parse(roadmap(home, ['template']).stdout);
    delete doc.credits;
    doc.id = 'lab-plan';
    const file = path.join(home, 'lab-plan.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    expect(roadmap(home, ['use', file]).code).toBe(0);
    const r = roadmap(home, ['about', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('This roadmap names no acknowledgements or links (it has no "credits").');
    expect(r.stdout).toContain(`File:    ${file}`);
    expect(JSON.parse(roadmap(home, ['about', '--json']).stdout).credits).toBeNull();
  });

  it('the bundled week 6 is marked as ours and its filling explained, in show and papers', () => {
    const home = tempHome();
    const week6 = bundled.weeks.find((w) => w.id === 'w6')!;
    const show = roadmap(home, ['show', 'w6-resnet', '--lang', 'zh']);
    expect(show.code).toBe(0);
    expect(show.stdout.split('\n')[0]).toMatch(/^○ ResNet（补充） {2}w6-resnet/);
    expect(show.stdout).toContain(`（补充）\n`);
    expect(show.stdout.replace(/\n {2}/g, '')).toContain(week6.filledIn!.zh);
    const papers = roadmap(home, ['papers', '--lang', 'en']);
    expect(papers.stdout).toContain(`Week 6: ${week6.filledIn!.en}`);
    expect(papers.stdout).toContain('(added): holds content of ours');
    const json = JSON.parse(roadmap(home, ['show', 'w6-resnet', '--json', '--lang', 'en']).stdout);
    expect(json).toMatchObject({ added: week6.tasks.find((t) => t.id === 'w6-resnet')!.added!.en, weekAdded: week6.added!.en, filledIn: week6.filledIn!.en });
  });
});
