// cli.ts registers the commands' declarations in a loop: all of them for help and completion, only the one
// a run executes otherwise; each with the global options first, then its own, as commander parses them.
import { describe, expect, it } from 'vitest';
import { buildCli, type CliContext } from '../src/cli.ts';
import { commands } from '../src/commands/index.ts';
import { todaySpec } from '../src/commands/today.ts';
import { messages } from '../src/i18n/index.ts';

const ALL = [
  'today',
  'menu',
  'list',
  'show',
  'quiz',
  'review',
  'exercise',
  'verify',
  'done',
  'start',
  'spent',
  'skip',
  'undo',
  'reset',
  'open',
  'stats',
  'note',
  'notes',
  'log',
  'export',
  'import',
  'report',
  'plan',
  'template',
  'use',
  'check',
  'papers',
  'completion',
  'doctor',
  'about',
];

class Stop extends Error {}

function cli(only?: string) {
  const kinds: unknown[] = [];
  const ctx: CliContext = {
    msg: messages('en'),
    version: '0.1.0',
    // The deps are asked for after parsing: stopping there leaves what commander parsed to look at.
    deps: async (kind) => {
      kinds.push(kind);
      throw new Stop();
    },
    write: () => {},
    schemaUrl: () => 'file:///schema.json',
    commands,
    only,
  };
  return { ...buildCli(ctx), kinds };
}

describe('buildCli', () => {
  it('registers every command when none is named, and knows every name either way', () => {
    expect(cli().program.commands.map((c) => c.name())).toEqual(ALL);
    const one = cli('plan');
    expect(one.program.commands.map((c) => c.name())).toEqual(['plan']);
    expect(one.names).toEqual(ALL);
    expect(cli('frobnicate').program.commands).toEqual([]);
  });

  it('registers the commands it is given, and only those', () => {
    const { program, names } = buildCli({
      msg: messages('en'),
      version: '0.1.0',
      deps: () => Promise.reject(new Stop()),
      write: () => {},
      schemaUrl: () => '',
      commands: [todaySpec],
    });
    expect(program.commands.map((c) => c.name())).toEqual(['today']);
    expect(names).toEqual(['today']);
  });

  it('gives each command the global options, then its own in declared order', () => {
    const [plan] = cli('plan').program.commands;
    expect(plan!.options.map((o) => o.flags)).toEqual([
      '--lang <lang>',
      '--no-color',
      '--debug',
      '--start <date>',
      '--days <weekdays>',
      '--days-per-week <n>',
      '--minutes <n>',
      '--skip <weeks>',
      '--save-lang',
      '--json',
    ]);
    const [reset] = cli('reset').program.commands;
    expect(reset!.options.map((o) => o.flags)).toEqual(['--lang <lang>', '--no-color', '--debug', '-y, --yes', '--json']);
    expect(reset!.registeredArguments.map((a) => [a.name(), a.required, a.variadic])).toEqual([['id', false, false]]);
  });

  it.each([
    [['plan', '--skip', 'w1', '--skip', 'w2', '--days-per-week', '3'], { skip: ['w1', 'w2'], daysPerWeek: '3', color: true }],
    [['report'], { format: 'md', color: true }],
    [['reset', '-y', '--no-color', '--lang', 'zh'], { yes: true, color: false, lang: 'zh' }],
    [['completion', '--ids'], { ids: true, color: true }],
  ])('%j parses to %j', async (args, options) => {
    const { program, kinds } = cli(args[0]);
    await expect(program.parseAsync(['node', 'roadmap', ...args])).rejects.toThrow(Stop);
    expect(program.commands[0]!.opts()).toEqual(options);
    expect(kinds).toEqual(['active']);
  });

  it("builds the bundled roadmap's deps for template and use", async () => {
    const { program, kinds } = cli('use');
    await expect(program.parseAsync(['node', 'roadmap', 'use'])).rejects.toThrow(Stop);
    expect(kinds).toEqual(['bundled']);
  });
});
