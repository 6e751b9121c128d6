// The config file is kept by conf, written whole by roadmap's own writer: a short write leaves the old file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configPath, openConfig } from '../../src/store/config.ts';

afterEach(() => vi.restoreAllMocks());
const home = () => fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-config-'));

describe('the config file', () => {
  it('keeps what is set, 0600, as conf would', async () => {
    const dir = home();
    const config = await openConfig<{ trusted?: string[] }>(dir);
    config.set('trusted', ['a']);
    expect(JSON.parse(fs.readFileSync(configPath(dir), 'utf8'))).toEqual({ trusted: ['a'] });
    expect(fs.statSync(configPath(dir)).mode & 0o777).toBe(0o600);
    expect((await openConfig<{ trusted?: string[] }>(dir)).get('trusted')).toEqual(['a']);
  });

  it('a short write then a full disk: the old file stays whole, no temp file is left, the disk is said to be full', async () => {
    const dir = home();
    const config = await openConfig<{ trusted?: string[] }>(dir);
    config.set('trusted', ['old']);
    const before = fs.readFileSync(configPath(dir), 'utf8');
    const original = fs.writeSync;
    let calls = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: Uint8Array, offset: number, length: number) => {
      if (calls++ === 0) return original(fd, data, offset, Math.floor(length / 2));
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    }) as typeof fs.writeSync);
    expect(() => config.set('trusted', ['old', 'new'.repeat(1000)])).toThrow(/The disk is full/);
    vi.restoreAllMocks();
    expect(fs.readFileSync(configPath(dir), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
  });

  it.skipIf(process.platform === 'win32')('a named pipe where the config should be is refused at once', async () => {
    const dir = home();
    spawnSync('mkfifo', [configPath(dir)]);
    await expect(openConfig(dir)).rejects.toThrow(/is a named pipe/);
  });
});
