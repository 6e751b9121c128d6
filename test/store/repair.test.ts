import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStore, repairStore, salvage } from '../../src/store/repair.ts';
import { SCHEMA_VERSION } from '../../src/core/state.ts';
import { SNAPSHOT_VERSION } from '../../src/store/snapshot.ts';

let dir: string;
let file: string;
const now = new Date('2026-03-01T10:00:00Z');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-repair-'));
  file = path.join(dir, 'progress.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('salvage', () => {
  it.each([
    ['not JSON', '{ "progress": ', 0, 0],
    ['an array', '[1, 2]', 0, 0],
    [
      'good and bad marks',
      JSON.stringify({
        progress: { a: { status: 'done' }, b: { status: '??' }, c: 7 },
        events: [{ seq: 1, type: 'done', date: '2026-03-01', changes: [] }, { seq: 'x' }],
      }),
      1,
      1,
    ],
  ])('%s keeps %i tasks and %i events', (_name, text, tasks, events) => {
    const { state, kept } = salvage(text);
    expect(kept).toEqual({ tasks, events });
    expect(state.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps a valid start date and language', () => {
    const { state } = salvage(JSON.stringify({ startDate: '2026-01-02', settings: { lang: 'zh' }, progress: 'oops' }));
    expect(state.startDate).toBe('2026-01-02');
    expect(state.settings).toEqual({ lang: 'zh' });
  });
});

describe('checkStore and repairStore', () => {
  it('reports a missing store as missing, and repairs nothing', async () => {
    expect(checkStore(file).status).toBe('missing');
    expect(await repairStore(file, now)).toEqual({ status: 'missing', repaired: false });
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each([
    ['invalid-json', '{"schemaVersion": 2, "progress": {"a": {"status": "done"}'],
    ['wrong-shape', JSON.stringify({ schemaVersion: 2, progress: { a: { status: 'done', updatedAt: 'x' }, b: 1 }, events: [] })],
  ])('keeps a %s store as a dated backup, then writes what can be salvaged', async (status, text) => {
    fs.writeFileSync(file, text);
    expect(checkStore(file).status).toBe(status);
    const result = await repairStore(file, now);
    expect(result).toMatchObject({ status, repaired: true });
    expect(fs.readFileSync(result.backup!, 'utf8')).toBe(text);
    expect(path.basename(result.backup!)).toBe('progress.json.damaged-2026-03-01T10-00-00-000Z.bak');
    expect(checkStore(file).status).toBe('ok');
    expect(checkStore(file).backups).toEqual([path.basename(result.backup!)]);
    if (status === 'wrong-shape') expect(JSON.parse(fs.readFileSync(file, 'utf8')).progress).toEqual({ a: { status: 'done', updatedAt: 'x' } });
  });

  it('refuses to repair a newer store and leaves it untouched', async () => {
    const text = JSON.stringify({ schemaVersion: 99, progress: {}, events: [] });
    fs.writeFileSync(file, text);
    expect(checkStore(file).status).toBe('newer');
    await expect(repairStore(file, now)).rejects.toThrow(/newer/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.readdirSync(dir)).toEqual(['progress.json']);
  });

  it('migrates an old store after a backup', async () => {
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, startDate: null, progress: {}, events: [] }));
    expect(checkStore(file)).toMatchObject({ status: 'old', schemaVersion: 1 });
    const result = await repairStore(file, now);
    expect(result.backup).toMatch(/progress\.json\.v1-.*\.bak$/);
    expect(checkStore(file)).toMatchObject({ status: 'ok', schemaVersion: SNAPSHOT_VERSION });
  });
});
