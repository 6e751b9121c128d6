import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromDayNumber, localDate, parseDateAsSaid, parseLocalDate } from '../../src/core/dates.ts';

describe('parseLocalDate', () => {
  it.each([
    ['2026-02-28', '2026-02-28'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', undefined],
    ['2026-02-30', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-04-31', undefined],
    ['2026-4-1', undefined],
    ['20260401', undefined],
    ['', undefined],
    ['1969-12-31', undefined],
    ['2026-12-31', '2026-12-31'],
    [' 2026-01-01', undefined],
  ])('%j -> %j', (input, expected) => {
    expect(parseLocalDate(input)).toBe(expected);
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-07', '2026-03-09', 2], // across the US DST change
    ['2026-10-24', '2026-10-26', 2], // across the EU DST change
    ['2026-03-10', '2026-03-01', -9],
  ])('%s -> %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
});

describe('localDate', () => {
  it('uses the local calendar day of an instant', () => {
    const instant = new Date(2026, 2, 8, 23, 59, 59); // local 2026-03-08 23:59:59
    expect(localDate(instant)).toBe('2026-03-08');
    expect(localDate(new Date(2026, 2, 9, 0, 0, 1))).toBe('2026-03-09');
  });
});

describe('parseDateAsSaid (today is Wednesday 2026-03-11)', () => {
  const today = '2026-03-11';
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['  2026-1-15 ', '2026-01-15'],
    ['today', '2026-03-11'],
    ['Yesterday', '2026-03-10'],
    ['昨天', '2026-03-10'],
    ['前天', '2026-03-09'],
    ['tomorrow', '2026-03-12'],
    ['-2', '2026-03-09'],
    ['-0', '2026-03-11'],
    ['+7', '2026-03-18'],
    ['-40', '2026-01-30'],
    ['wed', '2026-03-11'],
    ['mon', '2026-03-09'],
    ['Monday', '2026-03-09'],
    ['thu', '2026-03-05'],
    ['sun', '2026-03-08'],
    ['周一', '2026-03-09'],
    ['星期四', '2026-03-05'],
    ['周日', '2026-03-08'],
  ])('%j is %s', (text, date) => {
    expect(parseDateAsSaid(text, today)).toBe(date);
  });

  it.each(['2026-02-30', '2026-13-01', 'someday', 'mo', '--2', '-99999', '', '2026/03/05'])('%j is not a date', (text) => {
    expect(parseDateAsSaid(text, today)).toBeUndefined();
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-02-29', 11016],
    ['2024-12-31', 20088],
    ['2026-03-01', 20513],
  ])('%s is day %i, and back', (date, n) => {
    expect(dayNumber(date)).toBe(n);
    expect(dayNumber(date)).toBe(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('is the inverse of fromDayNumber over ten years of days', () => {
    for (let n = 19000; n < 22650; n++) expect(dayNumber(fromDayNumber(n))).toBe(n);
  });
});
