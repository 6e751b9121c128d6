import { describe, expect, it } from 'vitest';
import { commandWord } from '../src/cli-args.ts';
import { cacheVariant } from '../src/boot/start.ts';

describe('the word that names the command', () => {
  it.each([
    [['today'], 'today'],
    [['--lang', 'zh', 'done', '1'], 'done'],
    // The values of the options roadmap takes before a command are not commands: roadmap --date mon is today.
    [['--date', 'yesterday'], undefined],
    [['--minutes', '45', '--json'], undefined],
    [['--date', 'mon', 'stats'], 'stats'],
    [['--json'], undefined],
    [['--', 'done'], 'done'],
    [[], undefined],
  ])('%j -> %s', (args, word) => {
    expect(commandWord(args)).toBe(word);
  });

  it('the loader picks the same command (today and no command share the default entry)', () => {
    expect(cacheVariant(['--date', 'yesterday'])).toBeUndefined();
    expect(cacheVariant(['--minutes', '45', 'stats'])).toBe('stats');
  });
});
