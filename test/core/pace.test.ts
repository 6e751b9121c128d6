import { describe, expect, it } from 'vitest';
import {
  dateOfStudyDay,
  isStudyDay,
  paceOfPlan,
  paceWithWeekdays,
  parseWeekdays,
  scheduleRoadmap,
  studyDayIndex,
  studyWeekdays,
  weekday,
  weekdaysProblem,
  FULL_TIME,
  type Pace,
} from '../../src/core/pace.ts';
import { addDays, localDate } from '../../src/core/dates.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

describe('weekday and study days', () => {
  it.each([
    ['2026-03-02', 1],
    ['2026-03-08', 0],
    ['2026-11-28', 6],
    ['2024-02-29', 4],
  ])('%s is weekday %i', (date, day) => expect(weekday(date)).toBe(day));

  it.each([
    [5, '2026-03-06', true],
    [5, '2026-03-07', false],
    [3, '2026-03-04', true],
    [3, '2026-03-05', false],
    [1, '2026-03-07', true],
    [7, '2026-03-08', true],
  ])('%i days a week: %s study day? %s', (daysPerWeek, date, study) => {
    expect(isStudyDay(date, { daysPerWeek, minutesPerDay: null })).toBe(study);
  });

  it('studyDayIndex and dateOfStudyDay are inverse for every pace over three months', () => {
    const start = '2026-02-25';
    for (let daysPerWeek = 1; daysPerWeek <= 7; daysPerWeek++) {
      const pace: Pace = { daysPerWeek, minutesPerDay: null };
      let expected = 0;
      for (let i = 0; i < 90; i++) {
        const date = addDays(start, i);
        expect(studyDayIndex(start, date, pace)).toBe(expected);
        if (isStudyDay(date, pace)) {
          expect(dateOfStudyDay(start, expected, pace)).toBe(date);
          expected++;
        }
      }
    }
  });
});

describe('chosen weekdays', () => {
  const weekend: Pace = { daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] };
  const tueThu: Pace = { daysPerWeek: 2, minutesPerDay: null, weekdays: [4, 2] };

  it.each([
    { pace: weekend, weekdays: [0, 6] },
    { pace: tueThu, weekdays: [2, 4] },
    { pace: { daysPerWeek: 2, minutesPerDay: null }, weekdays: [3, 6] },
    { pace: FULL_TIME, weekdays: [0, 1, 2, 3, 4, 5, 6] },
  ])('studyWeekdays($pace) is $weekdays', ({ pace, weekdays }) => expect(studyWeekdays(pace)).toEqual(weekdays));

  // 2026-03-02 is a Monday; the weekend pace studies on 03-07 (Sat), 03-08 (Sun), 03-14, 03-15 ...
  it.each([
    { pace: weekend, start: '2026-03-02', date: '2026-03-06', index: 0, study: false },
    { pace: weekend, start: '2026-03-02', date: '2026-03-07', index: 0, study: true },
    { pace: weekend, start: '2026-03-02', date: '2026-03-08', index: 1, study: true },
    { pace: weekend, start: '2026-03-02', date: '2026-03-09', index: 2, study: false },
    { pace: weekend, start: '2026-03-02', date: '2026-03-14', index: 2, study: true },
    { pace: weekend, start: '2026-03-08', date: '2026-03-15', index: 2, study: true },
    { pace: weekend, start: '2026-03-02', date: '2026-05-02', index: 16, study: true },
    { pace: tueThu, start: '2026-03-02', date: '2026-03-05', index: 1, study: true },
    { pace: tueThu, start: '2026-03-02', date: '2026-03-06', index: 2, study: false },
  ])('$start → $date: study day index $index, a study day: $study', ({ pace, start, date, index, study }) => {
    expect(studyDayIndex(start, date, pace)).toBe(index);
    expect(isStudyDay(date, pace)).toBe(study);
    if (study) expect(dateOfStudyDay(start, index, pace)).toBe(date);
  });

  it.each([
    { pace: weekend, start: '2026-03-02', n: 0, date: '2026-03-07' },
    { pace: weekend, start: '2026-03-02', n: 1, date: '2026-03-08' },
    { pace: weekend, start: '2026-03-02', n: 9, date: '2026-04-05' },
    { pace: weekend, start: '2026-03-08', n: 0, date: '2026-03-08' },
    { pace: weekend, start: '2026-03-08', n: 1, date: '2026-03-14' },
    { pace: tueThu, start: '2026-03-02', n: 4, date: '2026-03-17' },
  ])('the study day number $n from $start is $date', ({ pace, start, n, date }) => expect(dateOfStudyDay(start, n, pace)).toBe(date));

  it('studyDayIndex and dateOfStudyDay are inverse for chosen weekdays over three months', () => {
    for (const weekdays of [[0, 6], [6], [0], [1, 4], [0, 2, 3, 5], [1, 2, 3, 4, 5, 6, 0]]) {
      const pace: Pace = { daysPerWeek: weekdays.length, minutesPerDay: null, weekdays };
      const start = '2026-02-25';
      let expected = 0;
      for (let i = 0; i < 90; i++) {
        const date = addDays(start, i);
        expect(studyDayIndex(start, date, pace)).toBe(expected);
        expect(isStudyDay(date, pace)).toBe(weekdays.includes(weekday(date)));
        if (isStudyDay(date, pace)) expect(dateOfStudyDay(start, expected++, pace)).toBe(date);
      }
    }
  });

  it.each([
    { days: [6, 0], pace: { daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] } },
    { days: [5, 1, 3, 2, 4], pace: { daysPerWeek: 5, minutesPerDay: 60 } },
    { days: [3, 6], pace: { daysPerWeek: 2, minutesPerDay: 60 } },
    { days: [1, 1, 2], pace: { daysPerWeek: 2, minutesPerDay: 60, weekdays: [1, 2] } },
  ])('paceWithWeekdays($days) keeps only weekdays that differ from the default set', ({ days, pace }) => expect(paceWithWeekdays(days, 60)).toEqual(pace));

  it('paceOfPlan keeps the chosen weekdays; no plan is full time', () => {
    expect(paceOfPlan(weekend)).toEqual(weekend);
    expect(paceOfPlan(undefined)).toEqual(FULL_TIME);
  });

  it.each([
    ['sat,sun', [0, 6]],
    ['SAT SUN', [0, 6]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['fri-mon', [0, 1, 5, 6]],
    ['1,7', [0, 1]],
    ['周一，星期三、礼拜五', [1, 3, 5]],
    ['sa+su', [0, 6]],
    ['s', undefined],
    ['0', undefined],
    ['8', undefined],
    ['monday-', undefined],
    ['', undefined],
  ])('parseWeekdays(%j) is %j', (text, days) => expect(parseWeekdays(text)).toEqual(days));

  it.each([
    [undefined, 5, undefined],
    [[0, 6], 2, undefined],
    [[0, 6], 5, 'names 2 days, but daysPerWeek is 5'],
    [[], 0, 'must be a list of weekdays, 0 (Sunday) to 6 (Saturday)'],
    [[7], 1, 'must be a list of weekdays, 0 (Sunday) to 6 (Saturday)'],
    [[1.5], 1, 'must be a list of weekdays, 0 (Sunday) to 6 (Saturday)'],
    ['sat', 1, 'must be a list of weekdays, 0 (Sunday) to 6 (Saturday)'],
    [[6, 6], 2, 'must not name a weekday twice'],
  ])('weekdaysProblem(%j, %j) is %j', (weekdays, daysPerWeek, problem) => expect(weekdaysProblem(weekdays, daysPerWeek)).toBe(problem));
});

describe('scheduleRoadmap', () => {
  it.each([
    {
      name: 'full time: the written weeks',
      pace: FULL_TIME,
      skipped: [],
      blocks: [
        [0, 6],
        [7, 20],
        [21, 48],
      ],
    },
    {
      name: '90 min a day',
      pace: { daysPerWeek: 5, minutesPerDay: 90 },
      skipped: [],
      blocks: [
        [0, 1],
        [2, 4],
        [5, 12],
      ],
    },
    {
      name: 'skipping a whole week removes it',
      pace: FULL_TIME,
      skipped: ['w1-basics', 'w1-exercise'],
      blocks: [
        [0, -1],
        [0, 13],
        [14, 41],
      ],
    },
    {
      name: 'skipping part of a week shrinks it',
      pace: FULL_TIME,
      skipped: ['w1-basics'],
      blocks: [
        [0, 2],
        [3, 16],
        [17, 44],
      ],
    },
  ])('$name', ({ pace, skipped, blocks }) => {
    const s = scheduleRoadmap(fixtureRoadmap, pace, (id) => (skipped as string[]).includes(id));
    expect(s.blocks.map((b) => [b.start, b.end])).toEqual(blocks);
  });

  it('lays tasks one after another within a block', () => {
    const s = scheduleRoadmap(fixtureRoadmap, { daysPerWeek: 7, minutesPerDay: 60 }, () => false);
    expect(Object.fromEntries([...s.tasks].map(([id, slot]) => [id, [slot.start, slot.end]]))).toEqual({
      'w1-basics': [0, 1],
      'w1-exercise': [2, 2],
      // 195 minutes take 4 days, spread evenly: 48.75 a day.
      'w2-conda': [3, 4],
      'w2-jupyter': [4, 5],
      'w2-numpy': [5, 6],
      'w4-direction': [7, 11],
      'w4-papers': [12, 16],
      'w4-mentor': [17, 17],
    });
  });
});

describe('local calendar days across time zones and DST', () => {
  const original = process.env.TZ;
  it.each([
    ['America/New_York', '2026-03-08T06:59:00Z', '2026-03-08'], // 01:59 EST, the night the clocks go forward
    ['America/New_York', '2026-03-08T07:01:00Z', '2026-03-08'], // 03:01 EDT
    ['America/New_York', '2026-03-09T03:59:00Z', '2026-03-08'], // 23:59 EDT
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01'], // 01:30 EDT, before the clocks go back
    ['Asia/Shanghai', '2026-03-07T16:00:00Z', '2026-03-08'], // midnight in Shanghai
    ['Asia/Shanghai', '2026-03-07T15:59:59Z', '2026-03-07'],
    ['UTC', '2026-03-08T23:59:59Z', '2026-03-08'],
  ])('in %s, %s is local day %s', (tz, iso, day) => {
    process.env.TZ = tz;
    try {
      expect(localDate(new Date(iso))).toBe(day);
    } finally {
      process.env.TZ = original;
    }
  });

  it('a week of study days across the US DST change counts every calendar day once', () => {
    const original2 = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const start = localDate(new Date('2026-03-06T12:00:00-05:00'));
      const after = localDate(new Date('2026-03-13T12:00:00-04:00'));
      expect(studyDayIndex(start, after, FULL_TIME)).toBe(7);
    } finally {
      process.env.TZ = original2;
    }
  });
});
