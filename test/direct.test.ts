// The everyday commands without commander (src/direct.ts, dist/<command>.cjs): directLine reads a line as
// commander does or leaves it to commander, for every command's declaration; and on the lines it reads, a
// command run that way does exactly what the whole CLI does (output, exit code, store).
import { describe, expect, it } from 'vitest';
import { buildCli } from '../src/cli.ts';
import { commands } from '../src/commands/index.ts';
import type { CommandSpec, OptionSpec } from '../src/commands/spec.ts';
import { directLine, runDirect } from '../src/direct.ts';
import { messages } from '../src/i18n/index.ts';
import { run as runAll } from '../src/main.ts';
import { memoryStore } from '../src/store/store.ts';
import { emptyState, type ProgressState } from '../src/core/state.ts';
import type { Env } from '../src/deps.ts';

class Stop extends Error {}

/** What commander hands the command's action for this line (its arguments, then its options), or 'refused'. */
async function commanderLine(spec: CommandSpec, args: string[]): Promise<unknown[] | 'refused'> {
  let seen: unknown[] | undefined;
  const recording: CommandSpec = { ...spec, action: async (parsed) => void (seen = parsed.slice(0, spec.args.length + 1)) };
  const { program } = buildCli({
    msg: messages('en'),
    version: '0.1.0',
    deps: () => Promise.reject(new Stop()),
    write: () => {},
    schemaUrl: () => '',
    commands: [recording],
    only: spec.name,
  });
  try {
    await program.parseAsync(['node', 'roadmap', ...args]);
  } catch {
    return 'refused';
  }
  return seen === undefined ? 'refused' : JSON.parse(JSON.stringify(seen));
}

/** A value an option takes that commander accepts. */
const valueFor = (o: OptionSpec) => o.choices?.[0] ?? 'x1';

/** Lines for a command: its arguments filled, each option alone in each spelling, globals before and after, and mistakes. */
function linesFor(spec: CommandSpec): { plain: string[][]; odd: string[][] } {
  const required = spec.args.filter((a) => a.name.startsWith('<')).map((_, i) => `a${i}`);
  const all = spec.args.map((a, i) => (a.name.includes('...') ? [`a${i}`, `b${i}`] : [`a${i}`])).flat();
  const base = [spec.name, ...required];
  const plain: string[][] = [base, [spec.name, ...all], ['--lang', 'zh', ...base], ['--no-color', ...base, '--debug'], [...base, '--lang=en']];
  const odd: string[][] = [
    [...base, '--bogus'],
    [...base, '--help'],
    [...base, '-h'],
    [...base, '--'],
    ['--', ...base],
    [...base, 'extra', 'more', 'words', 'still'],
  ];
  if (required.length > 0) odd.push([spec.name]);
  for (const o of spec.options) {
    const words = o.flags.split(/[ ,]+/);
    const long = words.find((w) => w.startsWith('--'))!;
    const short = words.find((w) => /^-[A-Za-z]$/.test(w));
    const takes = /</.test(o.flags);
    if (takes) {
      plain.push([...base, long, valueFor(o)], [...base, `${long}=${valueFor(o)}`], [long, valueFor(o), ...base].slice(0).reverse().reverse());
      odd.push([...base, long], [...base, long, '--json'], [...base, `${long}=`], [long, valueFor(o), ...base]);
      if (o.choices) odd.push([...base, long, 'not-a-choice']);
      if (o.repeatable) plain.push([...base, long, 'x1', long, 'x2']);
      else odd.push([...base, long, 'x1', long, 'x2']);
    } else {
      plain.push([...base, long], [long === '--json' ? '--debug' : '--no-color', ...base, long]);
      odd.push([...base, `${long}=yes`], [long, ...base], [...base, long, long]);
    }
    if (short) plain.push([...base, short]);
  }
  return { plain, odd };
}

describe('directLine reads a line as commander does, or leaves it to commander', () => {
  const specs = commands.filter((s) => !s.isDefault);
  it.each(specs.map((s) => [s.name, s] as const))('%s', async (_name, spec) => {
    const { plain, odd } = linesFor(spec);
    let read = 0;
    for (const line of [...plain, ...odd]) {
      const direct = directLine(spec, line);
      const commander = await commanderLine(spec, line);
      if (direct !== undefined) {
        read++;
        expect(JSON.parse(JSON.stringify(direct)), line.join(' ')).toEqual(commander);
      }
    }
    // Every plain line commander takes is read here too.
    for (const line of plain) if ((await commanderLine(spec, line)) !== 'refused') expect(directLine(spec, line), line.join(' ')).toBeDefined();
    expect(read).toBeGreaterThan(0);
  });

  it.each([
    [['today', '--help']],
    [['today', '--bogus']],
    [['list', '--week']],
    [['show']],
    [['show', 'a', 'b']],
    [['stats', '--json', '--json']],
    [['--date', 'mon']],
    [['help', 'today']],
    [['todya']],
  ])('%j is for the whole CLI', (args) => {
    const spec = commands.find((s) => s.name === args[0]) ?? commands[0]!;
    expect(directLine(spec, args)).toBeUndefined();
  });
});

async function ran(how: 'all' | CommandSpec, args: string[], state: Partial<ProgressState>, env: Env = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const store = memoryStore({ ...emptyState(), ...state });
  const io = {
    argv: ['node', 'roadmap', ...args],
    env,
    stdout: { write: (t: string) => void out.push(t), isTTY: false },
    stderr: { write: (t: string) => void err.push(t) },
    stdinIsTTY: false,
    platform: 'linux' as const,
    now: () => new Date('2026-03-03T12:00:00'),
    store,
    openUrl: async () => ({ opened: true as const }),
  };
  const code = await (how === 'all' ? runAll(io) : runDirect(io, how));
  return { code, stdout: out.join(''), stderr: err.join(''), state: store.state, writes: store.writes };
}

describe('an everyday command without commander and the whole CLI, on the same lines', () => {
  const started = {
    startDate: '2026-03-01',
    progress: { 'w1-python-basics': { status: 'done' as const, doneAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' } },
  };
  const spec = (name: string) => commands.find((s) => s.name === name)!;
  it.each([
    [['today'], {}],
    [['today'], started],
    [['today', '--all'], started],
    [['today', '--json'], started],
    [['--lang', 'zh', 'today', '--all'], started],
    [['today', '--lang=en', '--minutes', '1.5h'], started],
    [['today', '--date', 'yesterday', '--json'], started],
    [['today', '--no-color', '--debug', '--minutes', '90m'], { startDate: '2026-02-01', plan: { daysPerWeek: 5, minutesPerDay: 60 } }],
    [['today', '--date', 'someday'], started],
    [['today', '--minutes', '3'], started],
    [['list'], started],
    [['list', '--week', '2', '--lang', 'zh'], started],
    [['list', '--week', 'w99'], started],
    [['list', '--json'], started],
    [['show', 'w1-python-basics'], started],
    [['show', 'W1-PYTHON-OOP', '--json'], started],
    [['show', '1'], started],
    [['show', 'no-such-task'], started],
    [['stats'], started],
    [['stats', '--json', '--lang', 'zh'], started],
    [['stats', '--date', 'yesterday'], started],
  ] as [string[], Partial<ProgressState>][])('%j on %j', async (args, state) => {
    const all = await ran('all', args, state);
    expect(await ran(spec(args.find((a) => !a.startsWith('-') && a !== 'zh')!), args, state)).toEqual(all);
    expect(all.stdout + all.stderr).not.toBe('');
  });

  it("speaks the language saved in the store, or the environment's, alike", async () => {
    for (const [state, env] of [
      [{ ...started, settings: { lang: 'zh' as const } }, {}],
      [started, { LANG: 'zh_CN.UTF-8' }],
    ] as [Partial<ProgressState>, Env][]) {
      for (const name of ['today', 'list', 'stats']) expect(await ran(spec(name), [name], state, env)).toEqual(await ran('all', [name], state, env));
    }
  });
});
