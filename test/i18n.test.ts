// The two catalogs must have the same shape: the same keys at every level, a function where the other has one
// (taking as many parameters), a list as long as the other's. The type checker sees keys and parameter counts
// (src/i18n/types.ts); this test checks the objects themselves too, lists' lengths, and calls every function.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { zh } from '../src/i18n/zh.ts';

type Shape = string;

/** Every leaf as "path: kind", e.g. "stats.finish: function(2)", "weekdays: list(7)", "goal: text". */
function shape(value: unknown, path = ''): Shape[] {
  if (typeof value === 'function') return [`${path}: function(${value.length})`];
  if (Array.isArray(value)) return [`${path}: list(${value.length})`];
  if (typeof value === 'string') return [`${path}: text`];
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    if (keys.length === 0) return [`${path}: empty record`];
    return keys.flatMap((k) => shape((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof value}`];
}

/** Each function called with placeholder values, for what the words look like (numbers: plural forms). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'function') {
    return [1, 2].map((n) => [`${path}(${n})`, String(value(...Array.from({ length: value.length }, () => n)))]);
  }
  if (Array.isArray(value)) return value.map((v, i) => [`${path}[${i}]`, String(v)]);
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('the zh and en catalogs', () => {
  it('have the same keys at every level, functions with the same number of parameters, lists of the same length', () => {
    expect(shape(zh)).toEqual(shape(en));
  });

  it('notices a key missing from a nested record, an extra key and a parameter fewer', () => {
    const { reset: _dropped, ...types } = en.log.types;
    const changed = { ...en, log: { ...en.log, types }, stats: { ...en.stats, finish: (date: string) => date }, extra: 'x' };
    const [a, b] = [shape(changed), shape(en)];
    const diff = [...a.filter((s) => !b.includes(s)), ...b.filter((s) => !a.includes(s))].sort();
    expect(diff).toEqual(['extra: text', 'log.types.reset: text', 'stats.finish: function(1)', 'stats.finish: function(2)']);
  });

  it('have no empty text where the other has words', () => {
    const enTexts = new Map(texts(en));
    const missing = texts(zh).filter(([path, text]) => text.trim() === '' && (enTexts.get(path) ?? '').trim() !== '');
    expect(missing).toEqual([]);
  });

  it('write Chinese with full-width punctuation next to Chinese characters', () => {
    // An ASCII colon, comma, semicolon, question mark or parenthesis touching a CJK character: "目标:" for "目标：".
    const halfWidth = /[\u3400-\u9fff（）][:,;?!()]|[,;?!(][\u3400-\u9fff]/;
    const wrong = texts(zh).filter(([, text]) => halfWidth.test(text));
    expect(wrong).toEqual([]);
  });

  it('put no space after a Chinese full stop, colon or comma, nor before a full-width bracket', () => {
    // "排在前面。 按最近的节奏", "zh 或 en （可选…）": the space belongs to English typesetting only.
    const spaced = /[。！？：；，、][ \t]|[^\s（「][ \t]+[（「]/;
    // Where a space before a bracket is right: after a command or a value the learner types ("roadmap undo （").
    const allowed = new Set<string>([]);
    const wrong = texts(zh).filter(([path, text]) => spaced.test(text) && !allowed.has(path));
    expect(wrong).toEqual([]);
  });

  it('join two sentences without a space in Chinese and with one in English', () => {
    expect(zh.sentences('没有这个任务。', "运行 'roadmap list' 查看所有 id。")).toBe("没有这个任务。运行 'roadmap list' 查看所有 id。");
    expect(en.sentences('No such task.', 'See the list.')).toBe('No such task. See the list.');
  });

  it('name the interface languages by name, not by code', () => {
    const coded = texts(zh).filter(([path, text]) => /语言\s*(zh|en)\b/.test(text) && !path.startsWith('help.'));
    expect(coded).toEqual([]);
  });
});
