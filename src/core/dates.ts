// Local calendar days as "YYYY-MM-DD" strings. Arithmetic goes through UTC day numbers,
// so a DST change or the hour of the day never moves a date.

export type LocalDate = string;

const MS_PER_DAY = 86_400_000;

/** The local calendar day of an instant, in the time zone the process runs in. */
export function localDate(instant: Date): LocalDate {
  return formatYmd(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

function formatYmd(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the date if it is a real calendar date in YYYY-MM-DD form, else undefined. */
function digitsOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function parseLocalDate(text: string): LocalDate | undefined {
  // Read digit by digit: stores hold thousands of dates, and this runs on every read.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  // No closure, no destructuring: in V8's interpreter (a CLI's code runs there) both allocate per call.
  const y = digitsOf(text, 0, 4);
  const m = digitsOf(text, 5, 7);
  const d = digitsOf(text, 8, 10);
  if (y < 1970 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return text;
}

/** Days since 1970-01-01 for a local date (a plain day count, no time zone involved). */
export function dayNumber(date: LocalDate): number {
  // Digit by digit, as parseLocalDate: stats and streaks turn every day of years of activity into one.
  return Math.round(Date.UTC(digitsOf(date, 0, 4), digitsOf(date, 5, 7) - 1, digitsOf(date, 8, 10)) / MS_PER_DAY);
}

export function fromDayNumber(day: number): LocalDate {
  const t = new Date(day * MS_PER_DAY);
  return formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  周日: 0,
  周天: 0,
  星期日: 0,
  星期天: 0,
  周一: 1,
  星期一: 1,
  周二: 2,
  星期二: 2,
  周三: 3,
  星期三: 3,
  周四: 4,
  星期四: 4,
  周五: 5,
  星期五: 5,
  周六: 6,
  星期六: 6,
};
const RELATIVE: Record<string, number> = { today: 0, 今天: 0, yesterday: -1, 昨天: -1, 前天: -2, tomorrow: 1, 明天: 1 };

/**
 * A date as people say it, relative to `today`: YYYY-MM-DD (or YYYY-M-D, normalised), today / yesterday /
 * tomorrow (今天 / 昨天 / 前天 / 明天), -N (N days ago) or +N, and a weekday name (mon, monday, 周一, 星期一):
 * the most recent such day, today included. Undefined for anything else.
 */
export function parseDateAsSaid(text: string, today: LocalDate): LocalDate | undefined {
  const said = text.trim().toLowerCase();
  if (said in RELATIVE) return addDays(today, RELATIVE[said]!);
  const offset = /^([+-])(\d{1,4})$/.exec(said);
  if (offset) return addDays(today, (offset[1] === '-' ? -1 : 1) * Number(offset[2]));
  if (said in WEEKDAYS) {
    const dow = (((dayNumber(today) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return addDays(today, -((dow - WEEKDAYS[said]! + 7) % 7));
  }
  const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(said);
  if (loose) return parseLocalDate(`${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`);
  return undefined;
}
