// The command declarations (src/commands/spec.ts) at the type level: `tsc --noEmit` checks that each line
// marked @ts-expect-error is an error, so a flag a command does not read, a field no flag sets, or a flag
// read as another type stays a compile error. The runtime tests below check what commander's values become.
import { describe, expect, it } from 'vitest';
import { defineCommand, json, type ArgValues, type OptionSpec, type OptionValues } from '../src/commands/spec.ts';
import type { TodayOptions } from '../src/commands/today.ts';
import type { PlanOptions } from '../src/commands/plan.ts';
import type { ReportOptions } from '../src/commands/report.ts';
import type { Deps } from '../src/deps.ts';
import { UsageError } from '../src/errors.ts';
import type { Messages } from '../src/i18n/index.ts';

// Never read: it stands for the deps a run is given.
const deps = {} as Deps;
const date = { flags: '--date <date>', help: 'date' } as const;
const minutes = { flags: '--minutes <n>', help: 'minutes' } as const;

// What a declaration is typed as: flags in camelCase, values, lists, choices, defaults and negations.
type Values = OptionValues<
  [
    { flags: '--days-per-week <n>' },
    { flags: '-y, --yes' },
    { flags: '--skip <weeks>'; repeatable: true },
    { flags: '--lang <lang>'; choices: ['zh', 'en'] },
    { flags: '--format <format>'; default: 'md' },
    { flags: '--no-color' },
  ]
>;
const values: Values = { daysPerWeek: '3', yes: true, skip: ['w1'], lang: 'zh', format: 'md', color: false };
const fewest: Values = { format: 'md', color: true };
// @ts-expect-error a flag is `true` when given, never a string
const flagAsText: Values = { format: 'md', color: true, yes: 'yes' };
// @ts-expect-error a choice outside the declared ones
const otherLang: Values = { format: 'md', color: true, lang: 'fr' };
// @ts-expect-error an option with a default is always set
const noFormat: Values = { color: true };
const args: ArgValues<[{ name: '<id>'; help: 'id' }, { name: '[file]'; help: 'id' }, { name: '[id...]'; help: 'ids' }]> = ['w1', undefined, []];
// @ts-expect-error a required argument is always there
const noId: ArgValues<[{ name: '<id>'; help: 'id' }]> = [undefined];

// The declarations that compile: exactly the options the command reads, of the types it reads them as.
export const today = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, minutes, { flags: '--all', help: 'all' }, json],
  run: (_args, options: TodayOptions) => void options,
});
// The global --lang (declared on every command by cli.ts) may be read without being declared again.
export const plan = defineCommand({
  name: 'plan',
  help: 'plan',
  options: [
    { flags: '--start <date>', help: 'startDate' },
    { flags: '--days <weekdays>', help: 'days' },
    { flags: '--days-per-week <n>', help: 'daysPerWeek' },
    minutes,
    { flags: '--skip <weeks>', help: 'skipOpt', repeatable: true },
    { flags: '--save-lang', help: 'saveLang' },
    json,
  ],
  run: (_args, options: PlanOptions) => void options.lang,
});
// A default may fill a field the command reads as optional.
export const report = defineCommand({
  name: 'report',
  help: 'report',
  options: [{ flags: '--format <format>', help: 'format', default: 'md' }, { flags: '--out <file>', help: 'out' }, date],
  run: (_args, options: ReportOptions) => void options,
});
// Arguments arrive typed, in declared order.
export const note = defineCommand({
  name: 'note',
  help: 'note',
  args: [
    { name: '<id>', help: 'id' },
    { name: '[text...]', help: (m: Messages) => m.help.note },
  ],
  options: [json],
  run: ([id, text]: [string, string[]], options: { json?: boolean }) => void [id, text, options],
});

// The mismatches, each a compile error.
export const flagNotRead = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, minutes, { flags: '--all', help: 'all' }, { flags: '--print', help: 'print' }, json],
  // @ts-expect-error --print is declared, but TodayOptions has no `print`: the command does not read it
  run: (_args, options: TodayOptions) => void options,
});
export const readButNotDeclared = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, { flags: '--all', help: 'all' }, json],
  // @ts-expect-error TodayOptions reads `minutes`, which no flag sets
  run: (_args, options: TodayOptions) => void options,
});
export const readAsNumber = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, minutes, json],
  // @ts-expect-error --minutes gives a string, the command reads a number
  run: (_args, options: { date?: string; minutes?: number; json?: boolean }) => void options,
});
export const flagReadAsText = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, minutes, json],
  // @ts-expect-error --json is a flag (true or absent), the command reads a string
  run: (_args, options: { date?: string; minutes?: string; json?: string }) => void options,
});
export const repeatableReadAsOne = defineCommand({
  name: 'plan',
  help: 'plan',
  options: [{ flags: '--skip <weeks>', help: 'skipOpt', repeatable: true }],
  // @ts-expect-error --skip collects a list, the command reads one value
  run: (_args, options: { skip?: string }) => void options,
});
export const optionalReadAsAlways = defineCommand({
  name: 'report',
  help: 'report',
  options: [{ flags: '--format <format>', help: 'format' }],
  // @ts-expect-error without a default --format may be absent, the command reads it as always there
  run: (_args, options: { format: string }) => void options,
});
export const untypedOptions = defineCommand({
  name: 'today',
  help: 'today',
  options: [date, minutes, json],
  // @ts-expect-error run must name the options type the command reads, or the check above has nothing to check
  run: (_args, options) => void options,
});
export const optionalArgReadAsAlways = defineCommand({
  name: 'show',
  help: 'show',
  args: [{ name: '[id]', help: 'id' }],
  // @ts-expect-error an optional argument may be absent
  run: ([id]) => id.length,
});
export const unknownHelp = defineCommand({
  name: 'today',
  // @ts-expect-error help must be an entry of the help catalogue
  help: 'no such entry',
  run: () => undefined,
});
// @ts-expect-error flags are written as commander writes them: '--json'
const badFlags: OptionSpec = { flags: 'json', help: 'json' };

void [values, fewest, flagAsText, otherLang, noFormat, args, noId, badFlags];

describe('defineCommand', () => {
  const program = {} as never;
  const context = { program, schemaUrl: () => 'file:///schema.json' };

  it('gives run the arguments in declared order, then the options, and the deps it asks for', async () => {
    const calls: unknown[] = [];
    const spec = defineCommand({
      name: 'note',
      help: 'note',
      roadmap: 'bundled',
      args: [
        { name: '<id>', help: 'id' },
        { name: '[text...]', help: 'note' },
      ],
      options: [json],
      run: ([id, text], options: { json?: boolean }, given) => void calls.push(id, text, options, given),
    });
    const kinds: unknown[] = [];
    await spec.action(['w1', ['a', 'b'], { json: true }, 'the commander command'], async (kind) => (kinds.push(kind), deps), context);
    expect(calls).toEqual(['w1', ['a', 'b'], { json: true }, deps]);
    expect(kinds).toEqual(['bundled']);
    expect(spec).toMatchObject({ name: 'note', isDefault: false, options: [json] });
  });

  it('validates before the deps are built', async () => {
    let built = false;
    const spec = defineCommand({
      name: 'done',
      help: 'done',
      args: [{ name: '[id...]', help: 'ids' }],
      options: [date],
      run: (_args, _options: { date?: string }) => undefined,
      validate: ([ids], options) => {
        if (ids.length === 0 && options.date) throw new UsageError('ids missing');
      },
    });
    const attempt = spec.action([[], { date: '2026-03-01' }], async () => ((built = true), deps), context);
    await expect(attempt).rejects.toThrow('ids missing');
    expect(built).toBe(false);
  });
});
