// roadmap about: what roadmap is, the roadmap's title and source, the text's acknowledgements and 友链 (numbered,
// with their addresses), and what the 补充 / added mark means; in the interface's language and as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutCommand } from '../../src/commands/about.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { messages } from '../../src/i18n/index.ts';
import { displayWidth } from '../../src/ui/width.ts';
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

const withoutCredits = (): Roadmap => {
  const r = structuredClone(fixtureRoadmap);
  delete r.credits;
  return r;
};

describe('roadmap about', () => {
  it('in English: the title, the source, the thanks, the links numbered with their addresses, and the mark', () => {
    const f = fakeDeps({ lang: 'en' });
    aboutCommand({}, f.deps);
    expect(f.stdout()).toBe(
      [
        'roadmap is a study companion for the terminal: what to study today, and with which course, video,',
        'paper or doc.',
        '',
        'Roadmap: Fixture roadmap',
        'Source:  tests',
        '',
        'Acknowledgements (from the text)',
        '  Thanks to everyone who shares teaching resources.',
        '',
        'Links (友链, from the text)',
        '  1. A channel        https://space.bilibili.com/1',
        '  2. Another channel  no address: search for it by name',
        '',
        'Content marked “added” is ours: it is not in the text.',
        '',
      ].join('\n'),
    );
  });

  it('in Chinese, with full-width punctuation and the addresses in one column by display width', () => {
    const f = fakeDeps({ lang: 'zh' });
    aboutCommand({}, f.deps);
    const out = f.stdout();
    // Labels are padded as in `show`: one space after the widest.
    expect(out).toContain('\n路线： Fixture roadmap（中）\n来源： tests（中）\n');
    expect(out).toContain('致谢（原文）\n  感谢无私分享教学资源的人。');
    expect(out).toContain('友链（原文）');
    expect(out).toContain('标有“补充”的内容是本工具补充的，原文中没有。');
    const links = out.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(/^ {2}1\. 某频道（B 站主页） +https:\/\/space\.bilibili\.com\/1$/);
    const at = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(at(links[0]!, 'https://')).toBe(at(links[1]!, messages('zh').noUrl));
    expect(out.split('\n').filter((l) => /[\u3400-\u9fff（）][:,;?!()]|[,;?!(][\u3400-\u9fff]/.test(l))).toEqual([]);
  });

  it('--json: the same, as data', () => {
    const f = fakeDeps({ lang: 'zh' });
    aboutCommand({ json: true }, f.deps);
    expect(JSON.parse(f.stdout())).toEqual({
      what: messages('zh').about.what,
      roadmap: { id: 'fixture', title: 'Fixture roadmap（中）', source: 'tests（中）', file: null },
      credits: {
        thanks: '感谢无私分享教学资源的人。',
        links: [
          { n: 1, title: '某频道（B 站主页）', url: 'https://space.bilibili.com/1' },
          { n: 2, title: '另一个频道', url: null },
        ],
      },
      added: '标有“补充”的内容是本工具补充的，原文中没有。',
    });
  });

  it.each(['en', 'zh'] as const)('a roadmap without credits says so plainly (%s)', (lang) => {
    const f = fakeDeps({ lang, roadmap: withoutCredits() });
    aboutCommand({}, f.deps);
    expect(f.stdout()).toContain(`\n${messages(lang).about.noCredits}\n`);
    expect(f.stdout()).not.toContain(messages(lang).about.links);
    const g = fakeDeps({ lang, roadmap: withoutCredits() });
    aboutCommand({ json: true }, g.deps);
    expect(JSON.parse(g.stdout()).credits).toBeNull();
  });

  it("a custom roadmap: its file, and the mark as that file's word", () => {
    const f = fakeDeps({ lang: 'en', roadmap: withoutCredits() });
    f.deps.roadmapFile = '/home/me/lab-plan.json';
    aboutCommand({}, f.deps);
    expect(f.stdout()).toContain('File:    /home/me/lab-plan.json\n');
    expect(f.stdout()).toContain(messages('en').about.addedCustom);
    expect(f.stdout()).not.toContain(messages('en').about.added);
  });

  it('wraps a long source beside its label, and escapes what could drive the terminal', () => {
    const r = structuredClone(fixtureRoadmap);
    r.source = { en: 'word '.repeat(40).trim(), zh: '很长的来源说明'.repeat(20) };
    r.credits!.thanks = { en: 'thanks \u001b]52;c;aGk=\u0007', zh: '感谢\u009b2J' };
    for (const lang of ['en', 'zh'] as const) {
      const f = fakeDeps({ lang, roadmap: r });
      f.deps.columns = 60;
      aboutCommand({}, f.deps);
      const out = f.stdout();
      expect(out).not.toMatch(/[\u001b\u009b\u0007]/);
      const lines = out.split('\n');
      const source = lines.findIndex((l) => l.startsWith(messages(lang).label(messages(lang).about.source)));
      // The lines after the first start under the text, not under the label.
      const indent = displayWidth(messages(lang).label(messages(lang).about.roadmap)) + 1;
      expect(lines[source + 1]).toMatch(new RegExp(`^ {${indent}}\\S`));
      expect(lines.every((l) => displayWidth(l) <= 58)).toBe(true);
    }
  });
});

describe('the README credits', () => {
  it("quote the bundled roadmap's thanks and list its 友链, numbered, with their addresses", () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const bundled = JSON.parse(fs.readFileSync(path.join(root, 'data/roadmap.json'), 'utf8')) as Roadmap;
    const section = readme.slice(readme.indexOf('## Credits'), readme.indexOf('\n## ', readme.indexOf('## Credits') + 1));
    expect(section).toContain(`> ${bundled.credits!.thanks.zh}`);
    expect(section).toContain(`> ${bundled.credits!.thanks.en}`);
    bundled.credits!.links.forEach((link, i) => expect(section).toContain(`\n${i + 1}. ${link.title.zh}: ${link.url}\n`));
    expect(readme).toContain('| `roadmap about [--json]` |');
  });
});
