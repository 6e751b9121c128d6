// Task ranges in a roadmap file's bytes: where JSON.parse would put each week's tasks.
import { describe, expect, it } from 'vitest';
import { taskRanges } from '../../src/roadmaps/task-ranges.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

describe('taskRanges', () => {
  it.each([
    ['compact', JSON.stringify(fixtureRoadmap)],
    ['indented', JSON.stringify(fixtureRoadmap, null, 2)],
    ['tabs and CRLF', JSON.stringify(fixtureRoadmap, null, '\t').replace(/\n/g, '\r\n')],
  ])('finds every task of a %s file', (_, text) => {
    const bytes = Buffer.from(text);
    const ranges = taskRanges(bytes);
    expect(ranges.map((w) => w.length)).toEqual(fixtureRoadmap.weeks.map((w) => w.tasks.length));
    ranges.forEach((week, w) => week.forEach(([start, end], t) => expect(JSON.parse(bytes.toString('utf8', start, end))).toEqual(fixtureRoadmap.weeks[w]!.tasks[t])));
  });

  it('is not fooled by brackets, quotes and escapes in strings, or by keys named tasks elsewhere', () => {
    const text = JSON.stringify({
      id: 'tricky',
      title: { en: 'a } ] { [ "quoted" \\ backslash', zh: '括号 } 和 "引号"' },
      tasks: [{ id: 'not-a-week-task' }],
      weeks: [{ id: 'w1', meta: { tasks: ['nested'] }, tasks: [{ id: 't1', title: { en: 'x\\"}]', zh: '中' } }, { id: 't2', n: [1, [2, { a: '}' }]] }], after: '}' }],
    });
    const bytes = Buffer.from(text);
    const ranges = taskRanges(bytes);
    expect(ranges.map((w) => w.map(([s, e]) => JSON.parse(bytes.toString('utf8', s, e)).id))).toEqual([['t1', 't2']]);
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    const text = '{"weeks": [{"id": "old"}], "weeks": [{"tasks": [{"id": "a"}], "tasks": [{"id": "b"}, {"id": "c"}]}]}';
    const bytes = Buffer.from(text);
    expect(taskRanges(bytes).map((w) => w.map(([s, e]) => JSON.parse(bytes.toString('utf8', s, e)).id))).toEqual([['b', 'c']]);
  });
});
