// --version and --help answer without reading the store: a damaged or odd store never breaks them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/main.ts';

async function runIn(home: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const opened = vi.spyOn(fs, 'openSync');
  try {
    const code = await run({
      argv: ['node', 'roadmap', ...args],
      env: { ROADMAP_HOME: home, ROADMAP_CACHE: path.join(home, 'cache'), LANG: 'en_US.UTF-8' },
      stdout: { write: (t: string) => void out.push(t) },
      stderr: { write: (t: string) => void err.push(t) },
      stdinIsTTY: false,
      platform: 'linux',
      now: () => new Date('2026-03-10T09:00:00Z'),
    });
    const storeOpens = opened.mock.calls.filter(([f]) => typeof f === 'string' && f.startsWith(home) && !f.includes(`${path.sep}cache${path.sep}`)).length;
    return { code, out: out.join(''), err: err.join(''), storeOpens };
  } finally {
    opened.mockRestore();
  }
}

describe('runs that never read the store', () => {
  it.each([[['--version']], [['-V']], [['--help']], [['today', '--help']], [['help', 'done']]])(
    '%j: answers, and opens nothing in ROADMAP_HOME, with a damaged store there',
    async (args) => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-reads-'));
      fs.writeFileSync(path.join(home, 'progress.json'), '{ not json');
      const r = await runIn(home, args);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out.length).toBeGreaterThan(0);
      expect(r.storeOpens).toBe(0);
    },
  );

  it('while an ordinary command does read it (and reports the damage)', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-reads-'));
    fs.writeFileSync(path.join(home, 'progress.json'), '{ not json');
    const r = await runIn(home, ['today']);
    expect(r.code).toBe(1);
    expect(r.storeOpens).toBeGreaterThan(0);
    expect(r.err).toMatch(/is not valid JSON/);
  });
});
