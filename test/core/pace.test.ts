import { describe, expect, it } from 'vitest';
import { dateOfStudyDay, isStudyDay, scheduleRoadmap, studyDayIndex, weekday, FULL_TIME, type Pace } from '../../src/core/pace.ts';
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
