// A store cut short is read up to its last complete value (doctor --repair salvages from it).
import { describe, expect, it } from 'vitest';
import { truncatedPrefix } from '../../src/store/truncated.ts';
import { salvage } from '../../src/store/repair.ts';

describe('truncatedPrefix', () => {
  it.each([
    // A number or literal at the very end may itself be cut ("2" of "23"): it is left out.
    ['{"a": 1, "b": [1, 2', { a: 1, b: [1] }, ['b']],
    ['{"a": "x\\"y", "b": {"c": tr', { a: 'x"y' }, ['a']],
    ['{"a": {"b": [{"c": 1}, {"d": "half', { a: { b: [{ c: 1 }] } }, ['a']],
    ['{"key": "a string with } and ] in it", "next": ', { key: 'a string with } and ] in it' }, ['key']],
    ['[1, 2, 3', [1, 2], [1]],
  ])('%s', (text, value, place) => {
    const prefix = truncatedPrefix(text)!;
    expect(JSON.parse(prefix.text)).toEqual(value);
    expect(prefix.path).toEqual(place);
  });

  it('nothing complete: undefined', () => {
    expect(truncatedPrefix('{"a')).toBeUndefined();
    expect(truncatedPrefix('')).toBeUndefined();
  });

  it('a deeply nested text does not overflow the stack', () => {
    expect(truncatedPrefix(`${'['.repeat(200_000)}1`)).toBeUndefined();
  });
});

describe('salvage of a store cut short', () => {
  const at = '2026-01-05T10:00:00.000Z';
  const store = {
    schemaVersion: 2,
    startDate: '2026-01-05',
    settings: { lang: 'zh' },
    progress: { a: { status: 'done', updatedAt: at }, b: { status: 'skipped', updatedAt: at } },
    events: [1, 2, 3].map((seq) => ({
      seq,
      at,
      date: '2026-01-05',
      type: 'done',
      changes: [{ id: `t${seq}`, before: null, after: { status: 'done', updatedAt: at } }],
    })),
  };
  const text = JSON.stringify(store, null, '\t');

  it('keeps the marks and every event that was complete, drops the one that may be cut', () => {
    const cut = text.slice(0, text.lastIndexOf('"t3"') + 10);
    const { state, kept } = salvage(cut);
    expect(kept).toEqual({ tasks: 2, events: 2 });
    expect(state.settings).toEqual({ lang: 'zh' });
    expect(state.events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('cut inside the progress: the complete marks', () => {
    const cut = text.slice(0, text.indexOf('"b"') + 8);
    expect(salvage(cut).kept).toEqual({ tasks: 1, events: 0 });
  });
});
