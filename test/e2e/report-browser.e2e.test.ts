// The progress page in a real browser: headless Chromium over the DevTools protocol (scripts/cdp.mjs, a
// pipe, no npm package) loads a page made from a fixture from file:// and must see no console error, no
// exception, no network request but the page itself, every main section, no sideways scrolling at phone
// width, and print it on at most two A4 pages. Skipped only when no Chromium is installed (.ci/run installs it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launch, openPage, type Browser } from '../../scripts/cdp.mjs';
import { messages } from '../../src/i18n/index.ts';
import { pageInputOf, renderReportPage } from '../../src/report/html.ts';
import { bundledRoadmap, reportState, TODAY } from '../fixtures/report.ts';

const chromium = findChromium();
if (process.env.CI && !chromium) throw new Error('chromium is needed for the progress page test (.ci/run installs it)');
if (!chromium) console.warn('report-browser: skipped, no chromium installed (apt-get install -y chromium)');

/** A field deep in a protocol message: field(params, 'request', 'url'). */
const field = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
const text = (value: unknown, ...keys: string[]) => String(field(value, ...keys));

const SECTIONS = ['overview', 'weeks', 'burnup', 'activity', 'papers', 'exercises', 'reviews', 'notes'];
const EXERCISES = ['w1-python-exercise', 'w2-data-exercise', 'w3-titanic', 'w4-dataloader'];

describe.skipIf(!chromium)('the progress page in headless Chromium', { timeout: 60_000 }, () => {
  let browser: Browser | undefined;
  let dir: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-page-'));
    for (const lang of ['en', 'zh'] as const) {
      const file = path.join(dir, `progress.${lang}.html`);
      fs.writeFileSync(file, renderReportPage(pageInputOf(bundledRoadmap, reportState(), TODAY, messages(lang), lang, EXERCISES)));
      pages[lang] = pathToFileURL(file).href;
    }
    browser = await launch({ binary: chromium!, timeoutMs: 20_000 });
  }, 40_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 10_000);

  /** What the page did that a self-contained page must not: errors, exceptions, requests for anything else. */
  const problems = (sessionId: string, url: string) =>
    browser!.events
      .filter((e) => e.sessionId === sessionId)
      .flatMap((e) => {
        if (e.method === 'Runtime.exceptionThrown') return [`exception: ${text(e.params, 'exceptionDetails', 'text')}`];
        if (e.method === 'Runtime.consoleAPICalled' && e.params.type === 'error') return [`console.error: ${JSON.stringify(e.params.args)}`];
        if (e.method === 'Log.entryAdded' && field(e.params, 'entry', 'level') === 'error') return [`log: ${text(e.params, 'entry', 'text')}`];
        if (e.method === 'Network.requestWillBeSent' && field(e.params, 'request', 'url') !== url) return [`request: ${text(e.params, 'request', 'url')}`];
        return [];
      });

  it.each(['en', 'zh'])('%s: loads from file:// with no error and no request, every section there, a screenshot', async (lang) => {
    const url = pages[lang]!;
    const page = await openPage(browser!, url, { width: 1000, height: 800 });
    // Give anything the page might still start (it should start nothing) a moment to show up.
    await new Promise((r) => setTimeout(r, 300));
    expect(problems(page.sessionId, url)).toEqual([]);
    const requests = browser!.events.filter((e) => e.sessionId === page.sessionId && e.method === 'Network.requestWillBeSent');
    expect(requests.map((e) => field(e.params, 'request', 'url'))).toEqual([url]);
    expect(await page.evaluate('document.documentElement.lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    for (const id of SECTIONS) expect(await page.evaluate(`document.querySelector('section#${id}[data-section="${id}"] h2') !== null`), id).toBe(true);
    // The charts are drawn: a burn-up with its lines, a heatmap of 26 weeks.
    expect(await page.evaluate(`document.querySelectorAll('#burnup svg polyline').length`)).toBe(3);
    expect(await page.evaluate(`document.querySelectorAll('#activity svg.heatmap rect').length`)).toBeGreaterThan(25 * 7);
    const shot = await browser!.send('Page.captureScreenshot', { format: 'png' }, page.sessionId);
    const png = Buffer.from(text(shot, 'data'), 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1000); // IHDR width
    await browser!.send('Target.closeTarget', { targetId: page.targetId });
  });

  it('at phone width nothing scrolls sideways; dark mode changes the colours', async () => {
    const url = pages.en!;
    const page = await openPage(browser!, url, { width: 390, height: 844, mobile: true });
    expect(await page.evaluate('window.innerWidth')).toBe(390);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const light = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    await browser!.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] }, page.sessionId);
    const dark = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    expect(problems(page.sessionId, url)).toEqual([]);
    await browser!.send('Target.closeTarget', { targetId: page.targetId });
  });

  it('prints on one or two A4 pages', async () => {
    const url = pages.en!;
    const page = await openPage(browser!, url, { width: 1000, height: 800 });
    const printed = await browser!.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, page.sessionId);
    const pdf = Buffer.from(text(printed, 'data'), 'base64').toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const count = (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    // A4 is 595 x 842 points (@page size: A4).
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    await browser!.send('Target.closeTarget', { targetId: page.targetId });
  });
});
