import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { resourceLines, supportsHyperlinks } from '../../src/ui/common.ts';
import { messages } from '../../src/i18n/index.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

describe('OSC 8 hyperlinks', () => {
  it.each([
    [{}, true, false],
    [{ TERM_PROGRAM: 'iTerm.app' }, true, true],
    [{ TERM_PROGRAM: 'iTerm.app' }, false, false],
    [{ VTE_VERSION: '6800' }, true, true],
    [{ VTE_VERSION: '4200' }, true, false],
    [{ WT_SESSION: 'x' }, true, true],
    [{ KITTY_WINDOW_ID: '1' }, true, true],
    [{ TERM_PROGRAM: 'vscode', CI: 'true' }, true, false],
    [{ FORCE_HYPERLINK: '1' }, false, true],
    [{ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, true, false],
  ])('%j tty=%s -> %s', (env, tty, yes) => expect(supportsHyperlinks(env, tty)).toBe(yes));

  it('makes titles clickable where supported, and prints the URL elsewhere', () => {
    const ctx = { lang: 'en' as const, msg: messages('en'), style: new Chalk({ level: 0 }), columns: 100 };
    const resources = fixtureRoadmap.weeks[0]!.tasks[0]!.resources;
    expect(resourceLines(resources, { ...ctx, hyperlinks: true }, '')[0]).toBe(
      '1. [doc]  \u001b]8;;https://docs.python.org/3/tutorial/index.html\u0007Python tutorial\u001b]8;;\u0007',
    );
    expect(resourceLines(resources, ctx, '')[0]).toBe('1. [doc]  Python tutorial  https://docs.python.org/3/tutorial/index.html');
  });
});
