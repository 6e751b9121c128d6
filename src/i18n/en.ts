// English interface text. Its type is the catalog's shape (Messages): zh.ts must have the same keys and the same
// number of parameters everywhere (types.ts checks it). Records keyed by a domain type list every member of it.

import type { ChangeType, PaperStage, StoreEvent, TaskStatus } from '../core/state.ts';
import type { CardPhase, Grade } from '../core/cards.ts';
import type { Timing } from '../core/schedule.ts';
import type { ResourceKind } from '../core/types.ts';
import type { LinkStatus } from '../links/check.ts';

export const en = {
  // roadmap spent (commands/spent.ts)
  spent: {
    timeName: 'the time',
    needTime: (id: string) => `How long did you work on ${id}? Say it: roadmap spent ${id} 45 (or 1.5h, 90m).`,
    tooMuch: (id: string, date: string, already: number) => `${id} has ${already} min logged on ${date} already: a day holds 1440.`,
    logged: (minutes: number, id: string, date: string) => `Logged ${minutes} min on ${id} for ${date}.`,
    standing: (total: number, estimate: number, left: number) =>
      left > 0
        ? `${total} min logged in all; about ${left} of its ${estimate} min left.`
        : `${total} min logged in all, its estimate was ${estimate} min: roadmap done marks it done when it is.`,
  },
  // today: the day's portion (core/portion.ts)
  day: {
    heading: (week: string, day: number, days: number) => `Week ${week} · study day ${day} of ${days}`,
    headingBeforeStart: (week: string, start: string) => `Week ${week} · the plan starts on ${start}`,
    notStarted: (start: string) => `The plan starts on ${start}: this is what its first study day holds.`,
    /** The title line when the tasks shown are from another week block than today's (overdue, or ahead). */
    otherWeek: (week: string, title: string) => `Week ${week} · ${title}`,
    behind: (n: number, overdue: boolean) => `${n} study day${n === 1 ? '' : 's'} behind${overdue ? ': overdue tasks come first.' : '.'}`,
    replan: (start: string, finish: string) =>
      `That is more than a week of study days. To plan again from here: roadmap plan --start ${start} (you would finish around ${finish}).`,
    budget: (duration: string, source: 'option' | 'plan' | 'roadmap' | 'rest-day') =>
      `Today · ${duration}${{ option: ' (--minutes)', plan: ' (your plan)', roadmap: " (the roadmap's pace)", 'rest-day': '' }[source]}`,
    part: (today: number, left: number) => `${today} of the ${left} min left`,
    left: (left: number) => `~${left} min left`,
    partLogged: "today's part logged",
    spentToday: (n: number) => `${n} min logged today`,
    later: (week: string, n: number, duration: string) =>
      n > 0
        ? `Later in week ${week}: ${n} more task${n === 1 ? '' : 's'}, ~${duration} (roadmap today --all lists them).`
        : `Later in week ${week}: ~${duration} more of it.`,
    laterHeading: (week: string) => `Later in week ${week}`,
    doneForToday: (duration: string) => `Done for today: ~${duration} of work. Well done.`,
    streak: (n: number) => `Streak: ${n} day${n === 1 ? '' : 's'}.`,
    aheadHeading: 'Ahead, if you want more (optional)',
    duration: (minutes: number) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
    },
    finishedTitle: 'The roadmap is finished.',
    finished: (done: number, skipped: number, from: string, to: string) =>
      `${done} task${done === 1 ? '' : 's'} done${skipped > 0 ? `, ${skipped} skipped` : ''}, from ${from} to ${to}.`,
    finishedTime: (logged: string, estimated: string) => `Time: ${logged} logged, ${estimated} more from the estimates of tasks done without time logged.`,
    finishedNext: [
      'What next: pick a research direction of your own and keep reading its papers with their code.',
      'roadmap report --format html makes a page to show a mentor; roadmap review keeps what you learnt.',
    ],
    footer: 'roadmap done 1 marks line 1 · roadmap spent 1 45 logs 45 min · roadmap open 1:2 opens resource 2',
  },
  // today
  goal: 'Goal',
  onTrack: 'On track.',
  ahead: (n: number) => `${n} study day${n === 1 ? '' : 's'} ahead of the plan.`,
  restDay: (days: string) => `Today is a rest day; your study days are ${days}. If you feel like studying anyway, here is what is next:`,
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  today: 'Today',
  nothingToday: 'Nothing left for this week.',
  allDone: 'Every task of the roadmap is done. Congratulations: time to pick a research direction of your own!',
  timing: { overdue: 'overdue', 'this-week': '', ahead: 'ahead' } satisfies Record<Timing, string>,
  status: { todo: 'to do', 'in-progress': 'in progress', done: 'done', skipped: 'skipped' } satisfies Record<TaskStatus, string>,
  minutes: (n: number) => `~${n} min`,
  progress: 'Progress',
  progressCounts: (done: number, skipped: number, total: number) =>
    skipped > 0 ? `${done + skipped}/${total} (${done} done, ${skipped} skipped)` : `${done}/${total} done`,
  tip: 'Tip',
  noUrl: 'no address: search for it by name',
  kinds: { video: 'video', course: 'course', paper: 'paper', code: 'code', doc: 'doc', book: 'book', exercise: 'exercise', site: 'site' } satisfies Record<
    ResourceKind,
    string
  >,
  filledIn: 'Note',
  /** Follows (in grey) the title of whatever the source text does not contain: its `added` field. */
  addedTag: ' (added)',
  // Punctuation that differs between the languages: Chinese is written with full-width marks.
  label: (name: string) => `${name}:`,
  field: (label: string, value: string) => `${label}: ${value}`,
  aside: (text: string) => ` (${text})`,
  listSeparator: ', ',
  // list / show
  weekTitle: (label: string) => `Week ${label}`,
  description: 'Description',
  resources: 'Resources',
  estimate: 'Estimate',
  dates: 'Dates',
  startedAt: 'started',
  doneAt: 'done',
  skippedAt: 'skipped',
  noDates: 'not started yet',
  week: 'Week',
  // changes
  changed: {
    done: (ids: string) => `Done: ${ids}`,
    start: (ids: string) => `Started: ${ids}`,
    skip: (ids: string) => `Skipped: ${ids}`,
    reset: (ids: string) => `Reset: ${ids}`,
  } satisfies Record<ChangeType, (ids: string) => string>,
  alreadyStatus: (ids: string, status: string) => `Already ${status}: ${ids}`,
  startDone: (ids: string, first: string) =>
    `Already done: ${ids}. Starting it again would leave a done date before its start. To study it again: roadmap reset ${first}, then roadmap start ${first}.`,
  undone: (what: string, ids: string) => `Undid "${what}" of ${ids}`,
  undoneImport: (file: string, events: number, notes: number) =>
    `Undid the import of ${file}: your progress is as it was before it (${events} imported ${events === 1 ? 'event' : 'events'} and ${notes} ${notes === 1 ? 'note' : 'notes'} removed).`,
  undonePlan: 'Undid the plan change (start date, pace, language or skipped weeks, as it was before it); your progress is as it was.',
  undoneNote: (id: string) => `Undid the note on ${id}.`,
  undoneSpent: (minutes: number, id: string) => `Undid the ${minutes} min logged on ${id}.`,
  noSuchLine: (n: number, count: number) =>
    count === 0
      ? `Today's list is empty: there is no line ${n}.`
      : `Today's list has ${count} ${count === 1 ? 'line' : 'lines'}: there is no line ${n}. Run roadmap today to see them.`,
  undoneReset: 'Undid the reset of all progress',
  nothingToUndo: 'Nothing to undo.',
  resetAllDone: (start: string) => `All progress reset; the plan starts again on ${start}. (roadmap undo brings it back)`,
  resetConfirm: 'Reset ALL progress and restart the plan today?',
  resetCancelled: 'Nothing was reset.',
  // open
  opened: (url: string) => `Opened ${url}`,
  noBrowser: (reason: string) => `Could not start a browser (${reason}); open the address above yourself.`,
  noDisplay: 'no display',
  overSsh: 'over SSH',
  /** `value` is $BROWSER, quoted and escaped. */
  badBrowser: (value: string) => `BROWSER=${value} names no program to start`,
  noResources: (id: string) => `${id} has no resources to open; see 'roadmap show ${id}'.`,
  resourceHasNoUrl: (title: string) => `"${title}" has no known address; search for it by name.`,
  refuseUrl: (url: string) => `Refusing to open "${url}": only http and https addresses are opened.`,
  browserError: 'error',
  // errors
  unknownTask: (id: string) => `Unknown task id "${id}".`,
  didYouMean: (names: string) => `Did you mean ${names}?`,
  seeList: "See 'roadmap list' for every id.",
  badDate: (text: string) =>
    `Invalid date "${text}": give a real calendar date (2026-03-05, or 2026-3-5), today, yesterday, a number of days ago (-2), or a weekday (mon).`,
  badWeek: (text: string) => `Unknown week "${text}".`,
  badResourceIndex: (text: string, id: string, count: number) =>
    `Resource number "${text}" is not valid for ${id}: it has ${count} resource${count === 1 ? '' : 's'}.`,
  badNumber: (name: string, text: string, min: number, max: number) => `${name} must be a whole number from ${min} to ${max}, not "${text}".`,
  futureDate: (date: string) => `${date} is in the future: activity can only be logged for today or earlier.`,
  badShell: (text: string) => `Unknown shell "${text}": use bash, zsh or fish.`,
  badLang: (text: string) => `Unknown language "${text}": use zh or en.`,
  resetNeedsYes: 'Resetting all progress needs --yes when not run in a terminal.',
  unknownOption: (opt: string) => `Unknown option ${opt}.`,
  badChoice: (opt: string, value: string, allowed: string) => `${opt} does not take "${value}": use ${allowed}.`,
  unknownCommand: (cmd: string) => `Unknown command "${cmd}".`,
  missingArgument: (name: string) => `Missing argument <${name}>.`,
  tooManyArguments: 'Too many arguments.',
  missingOptionValue: (opt: string) => `Option ${opt} needs a value.`,
  seeHelp: "See 'roadmap --help'.",
  seeCommandHelp: (command: string) => `See 'roadmap ${command} --help'.`,
  /** Two sentences one after the other: a space between them in English, none after a Chinese full stop. */
  sentences: (first: string, second: string) => `${first} ${second}`,
  unexpected: (message: string) => `Unexpected error: ${message}`,
  reportAt: "This is a bug in roadmap: please report it on roadmap's issue tracker with the command you ran and what it prints with --debug.",
  planView: {
    heading: 'Plan',
    saved: 'Plan saved. Your progress is unchanged (roadmap undo reverts this change).',
    savedSkipped: (n: number) =>
      `Plan saved: ${n} task${n === 1 ? '' : 's'} skipped as already known, the rest of your progress is unchanged (roadmap undo reverts this change).`,
    notConfigured: "No plan set yet: full-time study from the first day, as the roadmap is written. 'roadmap plan' changes it.",
    start: 'Start',
    pace: 'Pace',
    paceText: (n: number, days: string, minutes: number | null) =>
      `${n} study day${n === 1 ? '' : 's'} a week (${days}), ${minutes ? `${minutes} min a day` : "the roadmap's own pace"}`,
    language: 'Language',
    languageDefault: 'from the system locale',
    schedule: 'Schedule',
    skippedAll: 'skipped (already known)',
    skippedSome: (n: number, all: number) => `${n} of ${all} tasks skipped`,
    from: (date: string) => `from ${date}`,
    footer: 'Change it: roadmap plan --start YYYY-MM-DD --days sat,sun --minutes N|auto --skip w1 --lang zh|en --save-lang',
  },
  wizard: {
    start: 'Start date (YYYY-MM-DD):',
    weekdays: 'Your study days (space ticks, enter confirms):',
    noWeekday: 'Pick at least one study day.',
    minutes: "Minutes per study day (empty: the roadmap's own pace):",
    canProgram: 'Can you already program in Python? (week 1 is Python basics)',
    skipWeeks: 'Weeks you already know (space ticks, enter confirms; they are skipped):',
    lang: 'Language (saved as your setting):',
    langKeep: 'As the system locale says (nothing saved)',
  },
  unknownSkip: (text: string) => `"${text}" is neither a week nor a task id.`,
  noWeek: (n: number, weeks: string) => `There is no week ${n}: the roadmap's weeks are ${weeks}.`,
  weekSpan: (first: string, last: string) => `${first} to ${last}`,
  badDays: (text: string) =>
    `--days: "${text}" is not a list of weekdays. Write them like sat,sun or mon-fri: names (Monday, mon) or numbers 1-7 (1 = Monday, 7 = Sunday).`,
  daysTwice: '--days and --days-per-week both set the study days: give one of them.',
  menu: {
    title: 'What next?',
    done: 'Mark tasks done',
    open: 'Open a resource',
    review: (n: number) => `Review the ${n} card${n === 1 ? '' : 's'} due`,
    list: 'Show the roadmap',
    plan: 'Change the plan',
    quit: 'Quit',
    pickDone: "Today's tasks done (space ticks, enter records):",
    nothingMarked: 'Nothing marked.',
    /** A paper in the checkbox: ticking it finishes only the stage it is at. */
    stageChoice: (name: string, stage: string) => `${name}  (${stage}: a tick finishes this stage)`,
    pickOpen: 'Open which resource? (type to search)',
    resourceChoice: (title: string, target: string) => `${title}  (${target})`,
  },
  heatmap: {
    weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    less: 'Less',
    more: 'More',
  },
  stats: {
    progress: 'Progress',
    remaining: (n: number) => `${n} remaining`,
    studied: 'Studied',
    studiedText: (h: number, m: number) => `about ${h} h${m ? ` ${m} min` : ''} (the estimates of the tasks done)`,
    studiedAllLogged: (total: string) => `${total}, all of it logged`,
    studiedKnown: (total: string, logged: string, estimated: string) =>
      `about ${total}: ${logged} logged, ${estimated} from the estimates of tasks done with no time logged`,
    streak: 'Streak',
    streakText: (current: number, longest: number) => `${current} day${current === 1 ? '' : 's'} · longest ${longest}`,
    plan: 'Plan',
    finish: (date: string, perDay: number) => `At your recent pace (about ${perDay} min a study day) you finish around ${date}.`,
    noPace: 'No finish estimate yet: nothing was done in the last 4 weeks.',
    finished: 'Every task is done or skipped.',
    progressText: (progress: string, remaining: string) => `${progress}, ${remaining}`,
    planText: (standing: string, finish: string) => `${standing} ${finish}`,
    weeks: 'Weeks',
    activity: 'Activity, last 26 weeks',
    rules:
      'Streak rules: a day counts when you did, started, skipped or noted a task, or opened a resource. Days your plan keeps free (roadmap plan --days-per-week) do not break a streak, and today does not break it before it is over. Days are local calendar days, recorded when the activity is logged: changing time zone later does not rewrite them. Undone changes do not count.',
  },
  notes: {
    editorPrompt: (id: string) => `Your note on ${id} (save and close the editor to keep it):`,
    empty: 'The note is empty: nothing was saved.',
    emptyEdit: 'Nothing saved: the note was left empty.',
    tooLong: 'The note is longer than 20,000 characters.',
    added: (id: string, date: string) => `Noted on ${id} (${date}).`,
    none: 'No notes yet: roadmap note <id> "what you learned" adds one.',
    heading: 'Notes',
  },
  log: {
    types: {
      done: 'done',
      start: 'start',
      skip: 'skip',
      reset: 'reset',
      plan: 'plan',
      note: 'note',
      open: 'open',
      undo: 'undo',
      import: 'import',
      review: 'review',
      spent: 'time',
    } satisfies Record<StoreEvent['type'], string>,
    importOf: (file: string) => `imported ${file}`,
    undoImportOf: (file: string) => `undid the import of ${file}`,
    undoOf: (seq: number) => `reverts #${seq}`,
    startDate: (date: string) => `start ${date}`,
    pace: 'pace',
    settings: 'settings',
    skipped: (n: number) => `${n} skipped`,
    resetAll: 'all progress',
    undone: '(undone)',
    none: 'Nothing logged yet.',
  },
  transfer: {
    invalid: (file: string, problem: string) => `${file} is not a sound roadmap export: ${problem}. Nothing was imported.`,
    nothingNew: (file: string) => `Nothing new in ${file}: everything in it is already in your progress. Nothing was changed.`,
    /** `problem`: FILE:LINE:COLUMN: what is wrong. */
    notJson: (problem: string) => `${problem} (not valid JSON); nothing was imported.`,
    notExport: (file: string, format: string) => `${file} is not a roadmap export (no "format": "${format}"); nothing was imported.`,
    noVersion: (file: string) => `${file} has no valid formatVersion; nothing was imported.`,
    newerExport: (file: string, version: number, current: number) =>
      `${file} has export format ${version}, newer than this roadmap understands (${current}): upgrade roadmap to import it. Nothing was imported.`,
    brokenStore: (problem: string) => `${problem} Nothing was imported.`,
    exists: (file: string) => `${file} already exists; choose another name, or add --force to overwrite it.`,
    cannotWrite: (file: string, why: string) => `Cannot write ${file}: ${why}.`,
    cannotRead: (file: string, why: string) => `Cannot read ${file} (${why}); nothing was imported.`,
    exported: (file: string) => `Exported to ${file}.`,
    imported: (how: string, tasks: number, events: number, notes: number) =>
      `Imported (${how === 'replace' ? 'replacing your progress' : 'merged with your progress'}): ${tasks} task marks, ${events} events, ${notes} notes.`,
    backup: (file: string) => `Your store before the import was kept as ${file}.`,
  },
  report: {
    badFormat: (f: string) => `Unknown report format "${f}": md (Markdown) or html (a page with charts).`,
    title: (name: string) => `My progress: ${name}`,
    asOf: (date: string, start: string) => `As of ${date}, studying since ${start}.`,
    progress: (percent: number, done: number, skipped: number, total: number) =>
      `**${percent}%** of the roadmap: ${done} tasks done, ${skipped} skipped, of ${total}`,
    studied: (text: string) => `Studied: ${text}`,
    streak: (current: number, longest: number) => `Streak: ${current} day${current === 1 ? '' : 's'} (longest ${longest})`,
    notes: (n: number) => `${n} note${n === 1 ? '' : 's'} taken`,
    skippedCell: (n: number) => `(${n} skipped)`,
    weeks: 'Weeks',
    week: 'Week',
    topic: 'Topic',
    done: 'Done',
    doneTasks: 'Tasks done',
    noneDone: 'None yet.',
    doneTask: (title: string, id: string, date: string) => `${title} (\`${id}\`${date ? `, ${date}` : ''})`,
    addedNote: 'Marked (added): content of ours, not in the roadmap text.',
  },
  // The progress page (report --format html, src/report/html.ts).
  reportPage: {
    overview: 'Overview',
    ofRoadmap: 'of the roadmap done or skipped',
    tasks: (done: number, skipped: number, total: number) => `${done} done, ${skipped} skipped, ${total} tasks in all`,
    empty: 'Nothing done yet: the page fills in as you go (roadmap today says where to start).',
    burnup: 'Plan and progress',
    burnupAbout:
      "Tasks done by the end of each week of your plan against the plan's line at your pace; skipped tasks are in neither. The dashed line goes on at your pace of the last 4 weeks.",
    plan: 'plan',
    done: 'done',
    projected: 'at your recent pace',
    weekAxis: 'week of the plan',
    tasksAxis: 'tasks',
    projectedFinish: (date: string) => `Projected finish: ${date}.`,
    activityTotals: (days: number, reviews: number | null, hours: number) =>
      `In these 26 weeks: ${days} study day${days === 1 ? '' : 's'}${reviews === null ? '' : `, ${reviews} review${reviews === 1 ? '' : 's'}`}, about ${hours} h of work.`,
    dayTitle: (date: string, count: number, reviews: number, minutes: number) =>
      `${date}: ${count} activit${count === 1 ? 'y' : 'ies'}, ${reviews} review${reviews === 1 ? '' : 's'}, about ${minutes} min`,
    timeAbout:
      "Time on a day is what you logged with roadmap spent, where you logged any; otherwise the estimates of the tasks finished that day plus about 75 s a review card. A square's tooltip gives its day.",
    papers: 'Paper track',
    paper: 'Paper',
    stage: 'Stage',
    papersAbout: 'Each paper goes read → notes → reproduce; roadmap done <id> finishes a stage.',
    exercises: 'Exercises',
    exercisesAbout: "roadmap verify <id> runs an exercise's checker on your folder and marks the task done when every exercise passes.",
    exerciseDone: 'passed',
    exerciseOpen: 'not yet',
    noExercises: 'The roadmap in use has no exercises.',
    reviews: 'Review cards',
    cards: (n: number, due: number) => `${n} card${n === 1 ? '' : 's'}, ${due} due today.`,
    phases: { new: 'new', learning: 'learning', review: 'in review', relearning: 'relearning' } satisfies Record<CardPhase, string>,
    graded: (reps: number, lapses: number) => `${reps} review${reps === 1 ? '' : 's'} graded, ${lapses} time${lapses === 1 ? '' : 's'} forgotten.`,
    noCards: 'No review cards yet: the understanding checks of a task become cards once it is done (roadmap review).',
    footer: (date: string) => `Made by roadmap on ${date} from your own progress: one file, no scripts, nothing loaded from the network.`,
    written: (file: string) => `Wrote the progress page to ${file}.`,
    opened: (file: string) => `Opened the progress page in the browser: ${file}`,
    outIsFolder: (file: string) => `--out ${file} is a folder: give a file name (such as progress.html). Nothing was written.`,
    outNotFile: (file: string) => `--out ${file} is not a regular file. Nothing was written.`,
    outNoFolder: (dir: string) => `--out: the folder ${dir} does not exist. Nothing was written.`,
    outNoPermission: (dir: string) => `--out: no permission to write in ${dir}. Nothing was written.`,
    outNeedsHtml: '--out is for --format html (the Markdown report goes to stdout).',
  },
  use: {
    unreadable: (file: string, why: string) => `The roadmap in use, ${file}, cannot be read (${why}). Restore it, or run 'roadmap use --bundled'.`,
    nowInvalid: (file: string, first: string, n: number) =>
      `The roadmap in use, ${file}, has changed and is no longer valid: ${first}${n > 1 ? ` (and ${n - 1} more: roadmap use ${file} lists them)` : ''}. Fix it, or run 'roadmap use --bundled'.`,
    changedWhileReading: (file: string) => `The roadmap in use, ${file}, changed while roadmap was reading it. Run the command again.`,
    idChanged: (file: string, before: string, after: string) =>
      `The roadmap in use, ${file}, changed its id from "${before}" to "${after}": run 'roadmap use ${file}' again to start its own progress, or put the id back.`,
    fileOrBundled: 'Give either a file or --bundled, not both.',
    inUse: (file: string) => `In use: ${file} (roadmap use --bundled switches back).`,
    bundledInUse: 'In use: the bundled deep-learning / computer-vision roadmap.',
    switchedBundled: 'Switched to the bundled roadmap; its progress is as you left it.',
    cannotRead: (file: string, why: string) => `Cannot read ${file} (${why}).`,
    invalid: (file: string, n: number) => `${file} is not a valid roadmap (${n} problem${n === 1 ? '' : 's'}); nothing was changed:`,
    switched: (title: string, tasks: number, file: string) =>
      `Now using "${title}" (${tasks} task${tasks === 1 ? '' : 's'}) from ${file}. Its progress is kept apart; roadmap use --bundled switches back.`,
    /** `ids`: the tasks that have checks. */
    carriesChecks: (n: number, ids: string) =>
      `It carries ${n} setup ${n === 1 ? 'check' : 'checks'} (${ids}): commands that roadmap check runs only once you agree; roadmap show <id> lists them.`,
  },
  papers: {
    moved: (id: string, stage: PaperStage) => `${id}: on to the ${stage} stage (roadmap done ${id} again when it is finished).`,
    /** After an undo: the stage a paper is at again. */
    backTo: (id: string, stage: PaperStage) => `${id} is back at the ${stage} stage.`,
    stages: { todo: 'to read', read: 'reading', notes: 'writing notes', reproduce: 'reproducing', done: 'done', skipped: 'skipped' } satisfies Record<
      PaperStage | Exclude<TaskStatus, 'in-progress'>,
      string
    >,
    paper: 'paper',
    code: 'code',
    video: 'video',
    none: 'The roadmap in use has no paper tasks.',
    notAPaper: (id: string) => `${id} is not a paper task: roadmap papers lists them.`,
    footer:
      'roadmap start <id> starts reading; each roadmap done <id> finishes a stage: read -> notes -> reproduce (--all-stages finishes them all). --bibtex prints BibTeX.',
    addedLegend: '(added): holds content of ours that is not in the text; roadmap show <id> says what.',
  },
  check: {
    noChecks: 'The roadmap in use has no setup checks.',
    noChecksFor: (id: string, withChecks: string) => `${id} has no setup checks; tasks with checks: ${withChecks}.`,
    offerMark: (ids: string) => `Mark these setup tasks done, as their checks passed? (${ids})`,
    markHint: 'roadmap check --mark marks the setup tasks whose checks passed done.',
    /** --mark given, and the tasks whose checks passed are learning tasks (not marked `setup` in the roadmap). */
    learningNotMarked: (ids: string) => `Not marked: ${ids} (a tool being installed does not mean the task is studied; roadmap done <id> when it is).`,
    failed: (n: number, total: number) => `${n} of ${total} setup checks did not pass.`,
    // Consent for the checks of a roadmap that is not the bundled one (commands/check.ts).
    consentIntro: (file: string, n: number) =>
      `${file} is a roadmap of your own, not the bundled one. Its ${n} setup ${n === 1 ? 'check runs this command' : 'checks run these commands'} on this computer:`,
    consentAsk: 'Run them? (Asked again whenever the file changes.)',
    notRun: 'Nothing was run.',
    stopped: 'Stopped: the commands the checks were running have been ended.',
    untrusted: (file: string) =>
      `The setup checks of ${file} run commands that file names, and you have not agreed to them: run 'roadmap check' in a terminal to see them and be asked, or 'roadmap check --trust' to run them as the file is now.`,
    trusted: (file: string) => `Running the setup checks of ${file} as --trust says; remembered until the file changes.`,
    cannotRemember: (file: string, why: string) => `Could not remember the agreement in ${file} (${why}); you will be asked again.`,
    /** The heading of a task's checks in `roadmap show`. */
    heading: 'Setup checks (roadmap check)',
    /** `pattern` is shown escaped. */
    expects: (pattern: string) => `output must match /${pattern}/`,
    atLeast: (version: string) => `version ${version} or newer`,
    // The report of the checks (checks/render.ts).
    report: {
      /** Shown for a pass whose check reads no version. */
      ok: 'ok',
      notFound: (program: string) => `not found: ${program}`,
      /** `output` is the last line printed, '' when there was none. */
      exitCode: (code: number, output: string) => (output ? `exit code ${code}: ${output}` : `exit code ${code}`),
      /** Killed by a signal or could not be started; `detail` is the runner's English detail. */
      abnormal: (detail: string) => `did not finish normally (${detail})`,
      /** `output` is a printable excerpt, '' when nothing came back. */
      noMatch: (output: string) => (output ? `unexpected output: "${output}"` : 'no output'),
      tooOld: (version: string, minVersion: string) => `${version} is older than ${minVersion}`,
      timedOut: (seconds: string) => `timed out after ${seconds} s`,
      slowPattern: (seconds: string) => `matching the output took over ${seconds} s: simplify the check's expect pattern`,
      /** The resource that explains the fix; `url` is absent when none is known. */
      see: (title: string, url?: string) => (url ? `see: ${title} ${url}` : `see: ${title}`),
      summary: (passed: number, failed: number, missing: number) => `${passed} passed, ${failed} failed, ${missing} missing`,
      passingTasks: (ids: string) => `Passing tasks: ${ids}`,
      noChecks: 'No setup checks to run.',
    },
  },
  links: {
    offline: (n: number) =>
      `None of the ${n} links could be reached, each for want of a network: you seem to be offline. None is called dead; run roadmap doctor --links again when you are online.`,
    dead: (n: number) => `${n} link${n === 1 ? ' is' : 's are'} dead.`,
    // The report of doctor --links (links/render.ts).
    report: {
      summary: (checked: number, ok: number, moved: number, dead: number, unsure: number) =>
        `Checked ${checked} ${checked === 1 ? 'link' : 'links'}: ${ok} ok, ${moved} moved, ${dead} dead, ${unsure} timed out or failed`,
      /** Shown under the summary when every link is ok. */
      notChecked: 'not checked: the time for the whole check ran out',
      notCheckedCount: (n: number) => `${n} ${n === 1 ? 'link was' : 'links were'} not checked: the time for the whole check ran out.`,
      allOk: 'Every link answers.',
      status: { ok: 'ok', moved: 'moved', dead: 'dead', timeout: 'timeout', error: 'check' } satisfies Record<LinkStatus, string>,
      /** Column of the task ids when a link is used by no task (e.g. checked from the command line). */
      noTask: '-',
      httpStatus: (code: number) => `HTTP ${code}`,
      blocked: (code: number) => `HTTP ${code}: the site refuses scripts; open it in a browser`,
      timedOut: (ms: number) => `no answer within ${ms} ms`,
      unreachable: (detail: string) => `unreachable (${detail})`,
      notWeb: 'not an http(s) address',
    },
  },
  prompts: {
    noTerminal: 'No terminal to ask in (stdin is not a TTY).',
    cancelled: 'Cancelled.',
    /** The key hints under a list (inquirer's words, as they are). */
    keys: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert', space: 'space' },
  },
  files: {
    diskFull: (file: string) => `The disk is full: ${file} was not written, and nothing was changed. Free some space and run the command again.`,
    readOnlyDisk: (dir: string) => `${dir} is on a read-only file system: nothing can be written there, and nothing was changed.`,
    noPermission: (dir: string) => `No permission to write in ${dir}; nothing was changed. Check the folder's owner and permissions.`,
    notAFolder: (dir: string) => `${dir} is not a folder (a file is in the way); nothing was changed. Point ROADMAP_HOME at a folder.`,
    isAFolder: (file: string) => `${file} is a folder where a file should be; nothing was changed.`,
    cannotWrite: (file: string, code: string) => `Cannot write ${file} (${code}); nothing was changed.`,
    readOnlyFile: (file: string) =>
      `${file} is read-only, so roadmap will not replace it; nothing was changed. Make it writable (chmod u+w) to record progress.`,
    notAFile: (file: string, kind: string) =>
      `${file} is ${kind === 'directory' ? 'a folder' : kind === 'fifo' ? 'a named pipe' : kind === 'device' ? 'a device' : kind === 'socket' ? 'a socket' : 'not a regular file'}, not a file roadmap can read.`,
    tooLarge: (file: string, mb: number) => `${file} is larger than ${mb} MB: too large to be a roadmap file; it was not read.`,
    cannotReadPermission: (file: string) => `No permission to read ${file}.`,
    cannotRead: (file: string, code: string) => `Cannot read ${file} (${code}).`,
  },
  store: {
    badLog: (file: string, line: number, problem: string) => `The event log ${file} is damaged at line ${line} (${problem}).`,
    badNotes: (file: string, problem: string) => `The notes file ${file} is damaged (${problem}).`,
    notesBehind: (file: string) => `The notes file ${file} is missing, or older than the progress store beside it says.`,
    backupMissing: (file: string) => `The backup ${file} is gone, so this cannot be undone; nothing was changed.`,
    backupChanged: (file: string) => `The backup ${file} was changed since it was made, so it is not restored; nothing was changed.`,
    invalidJson: (file: string, detail: string) => `The progress store ${file} is not valid JSON (${detail}).`,
    wrongShape: (file: string, problem: string) => `The progress store ${file} has a wrong shape: ${problem}.`,
    newer: (file: string, version: number, current: number) =>
      `The progress store ${file} has schemaVersion ${version}, newer than this roadmap understands (${current}).`,
    newerHint: 'Upgrade roadmap (npm install -g roadmap@latest) to use it; the file was not changed.',
    recoverHint: (name: string) =>
      `It was left as it is. Run 'roadmap doctor' to check it; 'roadmap doctor --repair' keeps it as a dated backup and starts again from what can be salvaged (or restore ${name} from a backup of your own).`,
    unreadable: (file: string, detail: string) => `Cannot read the progress store ${file}: ${detail}.`,
    cannotWrite: (file: string, code: string) => `Cannot write the progress store ${file} (${code}); nothing was changed.`,
    permissionsHint: 'Check the file and its permissions.',
    lockedBy: (pid: number, since: string) =>
      `The progress store is being changed by another roadmap command (process ${pid}, since ${since}); nothing was changed. If that command is stopped (Ctrl-Z), resume it with 'fg' or end it, then try again.`,
    lockedOther: (lock: string, host: string, since: string) =>
      `The progress store is locked by roadmap on ${host} (${lock}, since ${since}); nothing was changed. Try again when it has finished.`,
    changedMeanwhile: (file: string) =>
      `${file} was changed by another roadmap command while this one was writing; nothing was written. Run the command again.`,
  },
  helpWords: {
    usage: 'Usage: ',
    options: 'Options:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    /** The placeholders of a usage line, as commander writes them. */
    placeholders: { '[options]': '[options]', '[command]': '[command]' },
    /** After an option's help, with the space before it: commander's "(choices: ...)" and "(default: ...)". */
    choices: (list: string) => ` (choices: ${list})`,
    default: (value: string) => ` (default: ${value})`,
  },
  doctor: {
    log: 'Log',
    logOk: (p: string, events: number) => `${p}: ${events} ${events === 1 ? 'event' : 'events'}`,
    logReplayed: (n: number) =>
      `${n} ${n === 1 ? 'event' : 'events'} that a stopped write had logged ${n === 1 ? 'was' : 'were'} replayed (the next change saves ${n === 1 ? 'it' : 'them'} in the snapshot)`,
    logTorn: (bytes: number) => `its last line (${bytes} bytes) was cut short by a crash during a write and is dropped`,
    logLost: 'it is missing or shorter than the snapshot says: your progress is kept, but history (undo, log) from before is gone',
    logPending: 'a rewrite was stopped after its new log was written: it is finished from progress.json.next',
    problem: 'roadmap doctor found a problem.',
    node: 'Node.js',
    store: 'Store',
    lock: 'Lock',
    browser: 'Browser',
    roadmap: 'Roadmap',
    backups: 'Backups',
    cache: 'Cache',
    cacheOk: (dir: string, entries: number, compiled: boolean) =>
      `${dir}: ${entries} ${entries === 1 ? 'entry' : 'entries'}${compiled ? '' : '; compiled code is not cached (NODE_DISABLE_COMPILE_CACHE=1)'}`,
    cacheMissing: (dir: string) => `${dir}: not created yet (it will be on first use)`,
    cacheUnusable: (dir: string) =>
      `${dir} is not used: it must be a folder of your own that no one else can write to. roadmap works without it, only starts slower (set ROADMAP_CACHE to another folder).`,
    nodeOk: (v: string) => `${v} (roadmap needs 20 or newer)`,
    nodeOld: (v: string) => `${v} is too old: roadmap needs Node.js 20 or newer`,
    storeMissing: (p: string) => `${p}: not created yet (it will be on first use)`,
    storeOk: (p: string, v: number, tasks: number, events: number) => `${p}: healthy, schemaVersion ${v}, ${tasks} tasks marked, ${events} events`,
    storeOld: (p: string, v: number) => `${p}: schemaVersion ${v}, migrated on the next change (after a backup)`,
    storeBad: (message: string) => message,
    repairHint: "Run 'roadmap doctor --repair': it keeps the damaged file as a dated backup and starts from what can be salvaged.",
    lockFree: 'free',
    lockHeld: (who: string, since: string) => `held by ${who} since ${since}: it is running now (if it is stopped with Ctrl-Z, resume it with 'fg')`,
    lockStale: (who: string, since: string) => `left by ${who} (since ${since}), which is gone; the next change takes it over`,
    lockProcess: (pid: number, host: string) => `roadmap process ${pid} on ${host}`,
    lockUnknown: 'an unknown owner',
    browserOk: (how: string) => `available (${how})`,
    browserNo: (reason: string) => `not available (${reason}): roadmap open prints the address instead`,
    customRoadmapInfo: (file: string, id: string, tasks: number, weeks: number) => `${file} ("${id}"), ${tasks} tasks in ${weeks} week blocks`,
    roadmapInfo: (id: string, version: number, tasks: number, weeks: number) => `bundled "${id}", format ${version}, ${tasks} tasks in ${weeks} week blocks`,
    backupCount: (n: number) => `${n} beside the store`,
    repaired: (backup: string, tasks: number, events: number) =>
      `Repaired. The damaged file was kept as ${backup}; salvaged ${tasks} task marks and ${events} events.`,
    migrated: (backup: string) => `Migrated to the current schema; the original was kept as ${backup}.`,
    tidied: 'The store is in step with its event log again (events replayed, a torn last line dropped, a rewrite finished); nothing was lost.',
    nothingToRepair: 'The store is healthy: nothing to repair.',
  },
  // Proving and keeping what was learnt: doneWhen, understanding checks (quiz), reviews, exercises.
  study: {
    doneWhen: 'Done when',
    /** Said beside doneWhen and the questions: the roadmap's authors wrote them, not the source text. */
    ours: 'added by roadmap',
    quiz: {
      none: (id: string) => `${id} has no questions (a set-up or admin task).`,
      noTerminal: (id: string) => `roadmap quiz asks in a terminal; without one, roadmap quiz ${id} --json lists the questions with their answers.`,
      heading: (title: string, n: number) => `${title}: ${n} question${n === 1 ? '' : 's'}`,
      number: (i: number, n: number) => `Question ${i}/${n}`,
      reveal: 'Press Enter to see the answer',
      answer: 'Answer',
      why: 'Why',
      grade: 'Did you know it?',
      knew: 'I knew it',
      missed: 'Not yet',
      summary: (right: number, n: number) => `${right} of ${n} right.`,
      later: 'Once the task is done, its questions come back as reviews: roadmap review.',
    },
    review: {
      /** today's line: `minutes` is an estimate. */
      due: (n: number, minutes: number) => `${n} review${n === 1 ? '' : 's'} due · ~${minutes} min`,
      dueHint: 'roadmap review runs them',
      none: 'No reviews due.',
      nextDue: (date: string) => `Next review: ${date}.`,
      noCards: 'No review cards yet: finishing a task (roadmap done <id>) makes its questions review cards.',
      noTerminal:
        'roadmap review asks in a terminal; without one, roadmap review --json lists the due cards and roadmap review <card> --grade again|hard|good|easy grades one.',
      unknownCard: (id: string) => `No review card ${id}: cards are the questions of finished tasks (roadmap review --json lists the due ones).`,
      gone: (id: string) => `${id} is no longer a question of the roadmap in use.`,
      number: (i: number, n: number) => `Review ${i}/${n}`,
      grade: 'How well did you remember it?',
      grades: { again: 'again: forgot it', hard: 'hard: with effort', good: 'good: remembered', easy: 'easy: at once' } satisfies Record<Grade, string>,
      graded: (id: string, grade: string, due: string) => `${id}: ${grade}; next review ${due}.`,
      finished: (n: number) => `${n} review${n === 1 ? '' : 's'} done.`,
      /** `roadmap log`: the card and its grade. */
      logged: (id: string, grade: string) => `${id} · ${grade}`,
    },
    exercise: {
      none: (id: string, tasks: string) => `${id} has no exercise folder; the tasks with one: ${tasks}.`,
      exists: (dir: string) => `${dir} already exists: roadmap exercise keeps your work there (--force writes the exercise files over it).`,
      /** `next`: the command that checks the folder. */
      written: (dir: string, n: number, next: string) => `Wrote ${n} files to ${dir}. Read its README.md, fill in the TODOs, then: ${next}`,
      solutionAsk: (dir: string) => `Write the reference solutions into ${dir}? (Try the exercises yourself first.)`,
      solutionNeedsYes: 'roadmap exercise --solution asks first; without a terminal, add --yes to say you want them.',
      solutionsWritten: (dir: string, n: number) => `Wrote ${n} solutions to ${dir}: copying one over its exercise file makes that exercise pass.`,
      notWritten: 'Nothing was written.',
    },
    verify: {
      noFolder: (dir: string, id: string) => `No exercise folder at ${dir}: roadmap exercise ${id} writes one (--dir for another place).`,
      passed: (n: number) => `All ${n} exercises pass.`,
      failed: (failed: number, total: number) => `${failed} of ${total} exercises do not pass yet.`,
      noPython: "python3 was not found: install Python 3 (your system's packages, or https://www.python.org/downloads/), then run roadmap verify again.",
      timedOut: (seconds: number) => `The checker did not finish within ${seconds} s and was stopped.`,
      broken: (code: string, text: string) => `The checker ended unexpectedly (exit ${code})${text ? `: ${text}` : ''}.`,
      notMarked: 'Not marked done (--no-mark).',
    },
  },
  about: {
    what: 'roadmap is a study companion for the terminal: what to study today, and with which course, video, paper or doc.',
    roadmap: 'Roadmap',
    source: 'Source',
    file: 'File',
    thanks: 'Acknowledgements (from the text)',
    links: 'Links (友链, from the text)',
    noCredits: 'This roadmap names no acknowledgements or links (it has no "credits").',
    added: 'Content marked “added” is ours: it is not in the text.',
    addedCustom: 'Content marked “added” is, as this roadmap file says, not in its source text.',
  },
  // help
  help: {
    program: 'Your deep-learning / computer-vision study roadmap in the terminal: what to study today, and with what.',
    today: "Show today's tasks, their resources, your progress and a tip",
    list: 'Show the whole roadmap, week by week, with your marks',
    show: 'Show one task: description, resources and dates',
    quiz: "Ask a task's understanding checks: reveal the answer, then grade yourself (--json lists them)",
    review: 'Review the cards that are due (spaced repetition, FSRS): again, hard, good or easy',
    grade: 'grade one card without a terminal: again, hard, good or easy',
    reviewDate: 'log the review on an earlier day (YYYY-MM-DD)',
    card: 'a card: the id of a question (roadmap review --json lists them)',
    exercise: 'Write the exercise folder of a hands-on task (Python files with TODOs, a checker, a README)',
    exerciseDir: 'the folder to write to, or to check (default: ./roadmap-exercises/<id>)',
    solution: "write the reference solutions into the folder's solutions/ (asks first)",
    forceExercise: 'write the exercise files over an existing folder',
    verify: 'Check an exercise folder with its checker (python3); when every exercise passes, mark the task done',
    noMark: 'only check: do not mark the task done',
    done: 'Mark tasks as done',
    start: 'Mark a task as in progress',
    skip: 'Skip tasks you already know',
    undo: 'Revert the last change (repeatable)',
    reset: 'Reset one task, or all progress',
    open: 'Open a task resource in the browser (<id>:<n> for the n-th)',
    doctor: 'Check Node, the store, the lock, the browser and the cache; --repair fixes a damaged store',
    repair: 'repair a damaged store (keeps the damaged file as a backup)',
    minutes: "today's budget in minutes instead of the plan's (90, 90m, 1.5h)",
    all: 'list the rest of the week block too',
    plan: 'Set your start date, pace, weeks you already know and language (a wizard in a terminal)',
    startDate: 'first day of the plan (YYYY-MM-DD)',
    daysPerWeek: 'study days a week (1-7), on the default weekdays',
    days: 'study weekdays, e.g. sat,sun or mon-fri (names, or 1-7 with 1 = Monday)',
    saveLang: 'save the interface language (the one --lang gives) as your setting',
    minutesPerDay: "minutes a study day (or auto: the roadmap's own pace)",
    skipOpt: 'weeks or tasks you already know (w1, 4-5, a task id; comma-separated or repeated)',
    menu: "Today's view, then a menu in a terminal (what bare 'roadmap' runs)",
    stats: 'Progress per week, time studied, streaks, standing, a finish estimate and an activity heatmap',
    logDate: 'log it on an earlier day (YYYY-MM-DD)',
    allStages: 'a paper: finish every stage left (read, notes, reproduce) at once',
    spent: "Log time worked on a task (45, 90m, 1.5h); without a time, today's part of it",
    spentTime: "how long: 45, 90m, 1.5h (default: today's part of the task)",
    note: 'Add a note to a task (no text in a terminal: opens your editor)',
    notes: 'List your notes',
    taskOpt: 'only this task',
    log: 'The history of changes, newest first',
    since: 'only from this day on (YYYY-MM-DD)',
    export: 'Export all progress, plan, notes and history as JSON (to stdout without a file)',
    force: 'overwrite the file',
    import: 'Import an export: validated first, then merged (or --replace)',
    replace: 'replace your progress instead of merging',
    report: 'A shareable summary of your progress: Markdown, or a page with charts (--format html)',
    format: 'output format: md or html',
    out: 'write the page to this file (--format html; default: the store folder, opened in the browser)',
    template: 'Print the bundled roadmap in the roadmap format, ready to edit',
    use: 'Use your own roadmap file (validated), or --bundled to switch back',
    bundled: 'switch back to the bundled roadmap',
    check: 'Run the setup checks (Python, conda, Jupyter, numpy, PyTorch …) and mark passing tasks done',
    mark: 'mark the setup tasks whose checks passed done, without asking',
    trust: "run a custom roadmap's checks without asking (remembered until the file changes)",
    papers: 'The paper-reading track: each paper, its code and video, and its stage',
    about: 'What roadmap is, where its roadmap comes from, and whom the text thanks (its 友链)',
    bibtex: 'print BibTeX entries',
    completion: 'Print a shell completion script: bash, zsh or fish',
    links: 'check every resource link of the roadmap in use',
    helpCmd: 'show help for a command',
    date: 'the day to plan for (YYYY-MM-DD; default: today)',
    json: 'print JSON',
    week: 'only this week (e.g. 3, 4-5, 9+)',
    print: 'only print the URL',
    yes: 'do not ask for confirmation',
    lang: 'interface language: zh or en',
    id: 'task id',
    ids: 'task ids',
    version: 'print the version',
    helpOpt: 'show help',
    noColor: 'no colours',
    debug: 'show details of unexpected errors',
    exitCodes: 'Exit codes: 0 ok, 1 failure, 2 bad usage or input, 130 cancelled.',
  },
};
