// The progress page from fixtures: its sections, both languages, escaping of hostile notes, empty history,
// the added marks, and nothing that would load or run anything.
import { describe, expect, it } from 'vitest';
import { emptyState, logSpent } from '../../src/core/state.ts';
import { messages } from '../../src/i18n/index.ts';
import { burnUp, pageInputOf, renderReportPage, reviewsByDay, type PageInput } from '../../src/report/html.ts';
import { computeStats } from '../../src/core/stats.ts';
import { esc } from '../../src/report/svg.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';
import { bundledRoadmap, HOSTILE_NOTE, reportState, START, TODAY } from '../fixtures/report.ts';

const EXERCISES = ['w1-python-exercise', 'w2-data-exercise', 'w3-titanic', 'w4-dataloader'];
const SECTIONS = ['overview', 'weeks', 'burnup', 'activity', 'papers', 'exercises', 'reviews', 'notes'];

const page = (lang: 'en' | 'zh', state = reportState(), roadmap = bundledRoadmap, date = TODAY) =>
  renderReportPage(pageInputOf(roadmap, state, date, messages(lang), lang, EXERCISES));

/** Every src and href of what a page loads (links to read, <a href>, are not loads). */
const loadedResources = (html: string) => [...html.matchAll(/<(?!a\s)[a-z]+\b[^>]*?\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]);

describe('the progress page', () => {
  it.each(['en', 'zh'] as const)('%s: every main section, the lang attribute, the title', (lang) => {
    const html = page(lang);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="' + (lang === 'zh' ? 'zh-CN' : 'en') + '">')).toBe(true);
    for (const id of SECTIONS) expect(html).toContain(`<section id="${id}" data-section="${id}">`);
    expect(html).toContain(`<title>${messages(lang).report.title(bundledRoadmap.title[lang])}</title>`);
    const p = messages(lang).reportPage;
    for (const heading of [p.overview, p.burnup, p.papers, p.exercises, p.reviews]) expect(html).toContain(`<h2>${heading}</h2>`);
  });

  it('the English page has no Chinese interface words, and the Chinese one none of the English headings', () => {
    const en = page('en');
    const zh = page('zh');
    expect(zh).toContain('计划与进度');
    expect(zh).not.toContain('Plan and progress');
    expect(en).not.toContain('计划与进度');
    // Full-width punctuation in the Chinese page's own sentences.
    expect(zh).toContain(messages('zh').reportPage.projectedFinish('2026-09-21'));
    expect(messages('zh').reportPage.projectedFinish('x')).toMatch(/：x。$/);
  });

  it('escapes a hostile note: no script element, no escape character, entities for markup', () => {
    const html = page('en');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('\u001b');
    expect(html).toContain('Attention: &lt;script&gt;alert(1)&lt;/script&gt; and \\u{1b}[31mred\\u{1b}[0m &amp; &quot;quotes&quot;');
    expect(HOSTILE_NOTE).toContain('<script>');
  });

  it('escapes titles and ids from a hostile roadmap too', () => {
    const hostile = structuredClone(fixtureRoadmap);
    hostile.title.en = '<img src=x onerror=alert(1)>';
    hostile.weeks[0]!.title.en = 'Week "one" <b>';
    hostile.weeks[0]!.tasks[0]!.title.en = '\u202eevil\u0007';
    const html = renderReportPage(pageInputOf(hostile, { ...emptyState(), startDate: '2026-03-02' }, '2026-03-10', messages('en'), 'en'));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Week &quot;one&quot; &lt;b&gt;');
    expect(html).not.toMatch(/[\u0007\u202e]/);
  });

  it('loads nothing: no script, no stylesheet or font or image from anywhere, links only as <a href>', () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = page(lang);
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|@import|url\(/i);
      expect(loadedResources(html)).toEqual(['data:,']);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
      // Papers link to their pages, as links.
      expect(html).toMatch(/<a href="https:\/\/[^"]+">Deep Residual Learning/);
    }
  });

  it('empty history: every section says so, no chart breaks', () => {
    const html = renderReportPage(pageInputOf(fixtureRoadmap, emptyState(), '2026-03-10', messages('en'), 'en'));
    const p = messages('en').reportPage;
    for (const id of SECTIONS) expect(html).toContain(`id="${id}"`);
    expect(html).toContain(p.empty);
    expect(html).toContain(esc(messages('en').notes.none));
    expect(html).toContain(p.noCards);
    expect(html).toContain(p.noExercises);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
    expect(html).not.toContain('class="projected"');
    const zh = renderReportPage(pageInputOf(fixtureRoadmap, emptyState(), '2026-03-10', messages('zh'), 'zh'));
    expect(zh).toContain(messages('zh').reportPage.empty);
  });

  it('marks what is added, with its text as a tooltip, and says what the mark means', () => {
    const html = page('en');
    expect(html).toContain('<span class="added" title="');
    expect(html).toContain(messages('en').report.addedNote);
    const plain = structuredClone(fixtureRoadmap);
    for (const w of plain.weeks) {
      delete w.added;
      for (const t of w.tasks) delete t.added;
    }
    const unmarked = renderReportPage(pageInputOf(plain, emptyState(), '2026-03-10', messages('en'), 'en'));
    expect(unmarked).not.toContain('class="added"');
    expect(unmarked).not.toContain(messages('en').report.addedNote);
  });

  it('the numbers: progress, paper stages, exercises, review cards, notes per task', () => {
    const html = page('en');
    const p = messages('en').reportPage;
    expect(html).toContain(`<div class="big">43%</div>`);
    expect(html).toContain(p.tasks(17, 1, 42));
    // LeNet is at its third stage (two stages done), the others not started.
    expect(html).toMatch(/data-task="w6-lenet".*?<span class="step passed"[^>]*><\/span><span class="step passed"[^>]*><\/span><span class="step current"/);
    expect(html).toContain(`${messages('en').papers.stages.reproduce}</td>`);
    // Three of four exercises done.
    expect(html.match(new RegExp(`✔ ${p.exerciseDone}`, 'g'))).toHaveLength(3);
    expect(html).toContain(p.cards(2, 2));
    expect(html).toContain(p.graded(6, 0));
    expect(html).toMatch(/<li data-task="w4-tensors">.*?Attention:/);
    expect(html).toContain(p.activityTotals(24, 6, 51));
  });

  it("a day's time: the minutes logged with roadmap spent where there are any, else the estimates", () => {
    const day = '2026-02-24';
    const logged = logSpent(reportState(), 'w4-training-loop', 75, new Date(`${day}T20:00:00`), day);
    const html = page('en', logged);
    const p = messages('en').reportPage;
    // The tooltip of that day counts the spent event among its activities, and its 75 logged minutes.
    expect(html).toMatch(new RegExp(`<title>${day}: \\d+ activit(y|ies), 0 reviews, about 75 min</title>`));
    // A day with a done task and no logged time: that task's estimate (w4-build-network, done on day 42).
    const estimate = bundledRoadmap.weeks.flatMap((w) => w.tasks).find((t) => t.id === 'w4-build-network')!.estimateMinutes;
    expect(html).toContain(`<title>${p.dayTitle('2026-02-16', 2, 0, estimate)}</title>`);
  });

  it('is the same text for the same input (no clock inside)', () => {
    expect(page('en')).toBe(page('en'));
  });
});

describe('burn-up data', () => {
  const input = (state = reportState(), date = TODAY): PageInput => pageInputOf(bundledRoadmap, state, date, messages('en'), 'en');

  it('counts tasks done per plan week, cumulative, up to this week; skipped tasks left out of the total', () => {
    const i = input();
    const up = burnUp(i.roadmap, i.state, i.date, computeStats(i.roadmap, i.state, i.date));
    expect(up.week).toBe(8);
    expect(up.actual).toEqual([0, 4, 8, 10, 12, 14, 16, 17, 17]);
    expect(up.total).toBe(41);
    expect(up.plan[0]).toBe(0);
    expect(up.plan.at(-1)).toBe(41);
    // The plan never goes down.
    expect(up.plan.every((v, k) => k === 0 || v >= up.plan[k - 1]!)).toBe(true);
    expect(up.finish).toBe('2026-09-21');
    expect(up.projection!.week).toBeCloseTo((259 + 1) / 7);
  });

  it('before the plan starts: week 0, nothing done, no projection', () => {
    const i = input({ ...emptyState(), startDate: '2026-04-01' }, '2026-03-10');
    const up = burnUp(i.roadmap, i.state, i.date, computeStats(i.roadmap, i.state, i.date));
    expect(up.week).toBe(0);
    expect(up.actual).toEqual([0]);
    expect(up.projection).toBeUndefined();
  });

  it('reviews per day come from the standing review events', () => {
    const days = reviewsByDay(reportState());
    expect(Object.values(days).reduce((a, b) => a + b, 0)).toBe(6);
    expect(Object.keys(days).every((d) => d >= START)).toBe(true);
  });
});
