import os from 'node:os';
import tty from 'node:tty';
import { afterEach, describe, expect, it } from 'vitest';
import { builtin, builtinModule, homeDir, tmpDir } from '../src/builtin.ts';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['TMPDIR', 'TMP', 'TEMP', 'HOME']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

/** Sets (or, for undefined, removes) these variables in process.env, which os.tmpdir() and os.homedir() read. */
function setEnv(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

describe('builtin', () => {
  it('gives the very module require would', () => {
    expect(builtin('node:os')).toBe(os);
    expect(builtin('node:tty')).toBe(tty);
    expect(builtinModule('node:path')).toBe(process.getBuiltinModule('node:path'));
  });
});

describe.skipIf(process.platform === 'win32')('tmpDir and homeDir match node:os without loading it', () => {
  it.each([
    { TMPDIR: '/var/tmp/x', TMP: '/a', TEMP: '/b' },
    { TMPDIR: '/var/tmp/x/', TMP: undefined, TEMP: undefined },
    { TMPDIR: '', TMP: '/a/', TEMP: '/b' },
    { TMPDIR: undefined, TMP: undefined, TEMP: '/b//' },
    { TMPDIR: undefined, TMP: undefined, TEMP: undefined },
    { TMPDIR: '/', TMP: undefined, TEMP: undefined },
  ])('tmpDir with %o', (vars) => {
    setEnv(vars);
    expect(tmpDir(process.env)).toBe(os.tmpdir());
  });

  it.each(['/home/learner', '/root/', '/home/学习者'])('homeDir with HOME=%s', (home) => {
    setEnv({ HOME: home });
    expect(homeDir(process.env)).toBe(os.homedir());
  });

  it('homeDir without HOME asks the system, as os.homedir() does', () => {
    setEnv({ HOME: undefined });
    expect(homeDir(process.env)).toBe(os.homedir());
  });
});
