// A few hundred random command lines (fixed seed): never a hang, a stack trace, an exit code
// other than 0/1/2, or a store that no longer loads. Most run in process; a sample spawns the binary.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.ts';
import { fileStore, readStoreFile } from '../src/store/store.ts';
import { BIN, cleanEnv } from './e2e/helpers.ts';

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMANDS = ['today', 'list', 'show', 'done', 'start', 'skip', 'undo', 'reset', 'open', 'doctor', '', 'bogus', '--help', '-V'];
const WORDS = [
  'w1-python-basics',
  'w6-resnet',
  'w7-yolo:2',
  'w4-dataloader:1',
  'w1-python-basics:0',
  'w1-python-basics:-1',
  'w1-python-basics:99999999999999999999',
  'w9-find-mentor',
  'w1-pyton',
  'W1-PYTHON-BASICS',
  '',
  ' ',
  '-',
  '--',
  '-x',
  '--bogus',
  '--date',
  '2026-02-30',
  '2026-13-01',
  '2026-11-28',
  '0000-00-00',
  '--week',
  '-3',
  '0',
  '4-5',
  '9+',
  '1e309',
  'NaN',
  '99999999999999999999999',
  '--json',
  '--print',
  '--yes',
  '--repair',
  '--lang',
  'zh',
  'en',
  'xx',
  '--no-color',
  '--debug',
  'x'.repeat(5000),
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u202e\u0000evil',
  '学习',
  '🙂',
  '../../etc/passwd',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '%s',
  '$(touch /tmp/pwned)',
];

function randomLine(next: () => number): string[] {
  const args = [COMMANDS[Math.floor(next() * COMMANDS.length)]!].filter((a) => a !== '');
  const extra = Math.floor(next() * 4);
  for (let i = 0; i < extra; i++) args.push(WORDS[Math.floor(next() * WORDS.length)]!.replace('\u0000', ''));
  return args;
}

function checkStore(file: string) {
  if (fs.existsSync(file)) expect(() => readStoreFile(file)).not.toThrow();
}

describe('random command lines', () => {
  it('300 in process: exit 0/1/2, at most one error line for usage errors, no stack, store valid', async () => {
    const next = prng(20261128);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-fuzz-'));
    const store = fileStore(dir, () => new Date('2026-11-28T10:00:00Z'));
    for (let i = 0; i < 300; i++) {
      const args = randomLine(next);
      const err: string[] = [];
      const opened: string[] = [];
      const code = await Promise.race([
        run({
          argv: ['node', 'roadmap', ...args],
          env: { ROADMAP_HOME: dir, ROADMAP_CACHE: path.join(dir, '.cache') },
          stdout: { write: () => {}, isTTY: false },
          stderr: { write: (t) => void err.push(t) },
          stdinIsTTY: false,
          platform: 'linux',
          store,
          openUrl: async (url) => {
            opened.push(url);
            return { opened: false, reason: 'no-display' };
          },
        }),
        new Promise<'hang'>((resolve) => setTimeout(() => resolve('hang'), 10_000)),
      ]);
      const where = JSON.stringify(args).slice(0, 200);
      expect([0, 1, 2], where).toContain(code);
      const stderr = err.join('');
      const debug = args.includes('--debug'); // --debug asks for the stack
      if (!debug) expect(stderr, where).not.toMatch(/\n\s+at .*:\d+/);
      if (code === 2 && !debug) expect(stderr.trim().split('\n'), where).toHaveLength(1);
      for (const url of opened) expect(url, where).toMatch(/^https?:\/\//);
      checkStore(store.path);
    }
    expect(fs.existsSync('/tmp/pwned')).toBe(false);
  }, 120_000);

  it('40 spawned with stdin closed: no hang, no stack trace, exit 0/1/2', async () => {
    const next = prng(7);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-fuzz-e2e-'));
    for (let i = 0; i < 40; i++) {
      const args = randomLine(next);
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(home), stdio: ['pipe', 'ignore', 'pipe'] });
        child.stdin.end();
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stderr });
        });
      });
      const where = JSON.stringify(args).slice(0, 200);
      expect([0, 1, 2], where).toContain(result.code);
      if (!args.includes('--debug')) expect(result.stderr, where).not.toMatch(/\n\s+at .*:\d+/);
      checkStore(path.join(home, 'store', 'progress.json'));
    }
  }, 300_000);
});
