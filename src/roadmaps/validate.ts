// Validation of a roadmap file (a user's own, or the bundled one in a test): JSON syntax with a line and
// column, then data/roadmap.schema.json, then the rules a schema cannot express. Problems read like
// `weeks[2].tasks[0].resources[1].url: must be an http(s) URL`, in document order.

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../data/roadmap.schema.json' with { type: 'json' };
import type { Roadmap } from '../core/types.ts';
import { jsonSyntaxProblem } from './json-location.ts';

type Segment = string | number;

interface Problem {
  /** Where the problem is shown. */
  path: Segment[];
  message: string;
  /** Where it sorts, when that differs from `path` (an unknown field sorts at the field). */
  at?: Segment[];
}

const URL_MESSAGE = 'must be an http(s) URL';

// Keyed by the schema's own patterns so that a change to the schema cannot silently detach a message.
const PATTERN_MESSAGES: Record<string, string> = {
  [schema.$defs.url.pattern]: URL_MESSAGE,
  [schema.$defs.id.pattern]: 'must be lowercase letters, digits, "+" and "-", starting with a letter or digit',
  [schema.$defs.paper.properties.key.pattern]: 'must be letters, digits, ":", "_" and "-" (a BibTeX key)',
  [schema.$defs.setupCheck.properties.minVersion.pattern]: 'must be dotted numbers, e.g. "3.8"',
};

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
  null: 'null',
};

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  // Compiling takes over 100 ms; most runs use the bundled roadmap and never need it.
  // verbose: an anyOf error then carries its branches, from which one readable message is made.
  compiled ??= new Ajv2020({ allErrors: true, strict: true, verbose: true, logger: false }).compile(schema);
  return compiled;
}

/** Parses and validates a roadmap file's text; `file` prefixes a syntax error (`FILE:LINE:COLUMN: message`). */
export function parseRoadmapText(text: string, file: string): { roadmap?: Roadmap; problems: string[] } {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses and no user can see.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { problems: [jsonSyntaxProblem(source, file, error)] };
  }
  const problems = validateRoadmap(data);
  return problems.length === 0 ? { roadmap: data as Roadmap, problems } : { problems };
}

/** All problems of already-parsed roadmap data, deduplicated, in document order; empty when it is valid. */
export function validateRoadmap(data: unknown): string[] {
  const validate = schemaValidator();
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], data);
  problems.push(...semanticProblems(data));
  const keyed = problems.map((p) => ({
    key: orderKey(p.at ?? p.path, data),
    text: `${formatPath(p.path)}: ${p.message}`,
  }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return [...new Set(keyed.map((p) => p.text))];
}

function schemaProblems(errors: ErrorObject[], data: unknown): Problem[] {
  // anyOf reports each failed branch too; one message for the whole choice reads better.
  // schemaPath is relative to the $ref'd definition, so a branch error is recognised by its instancePath too.
  const choices = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ErrorObject) => choices.some((c) => e.instancePath.startsWith(c.instancePath) && e.schemaPath.startsWith(`${c.schemaPath}/`));
  return errors.filter((e) => !inBranch(e)).map((e) => schemaProblem(e, data));
}

function schemaProblem(error: ErrorObject, data: unknown): Problem {
  const path = pointerToPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  const limit = Number(params.limit);
  switch (error.keyword) {
    case 'required':
      return { path, message: `missing "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return { path, at: [...path, field], message: `unknown field "${field}"` };
    }
    case 'pattern':
      return { path, message: PATTERN_MESSAGES[String(params.pattern)] ?? `must match ${String(params.pattern)}` };
    case 'enum':
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { path, message: `must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}` };
    case 'minimum':
    case 'maximum':
      return { path, message: `must be ${String(params.comparison)} ${limit}` };
    case 'minLength':
      return { path, message: limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long` };
    case 'minItems':
      return { path, message: limit === 1 ? 'must not be empty' : `must have at least ${limit} items` };
    case 'anyOf':
      return { path, message: describeChoice(error.schema) ?? error.message ?? 'is invalid' };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

/** "must be an integer >= 1 or null", from the branches of an anyOf. */
function describeChoice(branches: unknown): string | undefined {
  if (!Array.isArray(branches)) return undefined;
  const names = branches.map((b: unknown) => {
    const branch = isRecord(b) ? b : {};
    const type = TYPE_NAMES[String(branch.type)] ?? String(branch.type);
    return typeof branch.minimum === 'number' ? `${type} >= ${branch.minimum}` : type;
  });
  return `must be ${names.join(' or ')}`;
}

function semanticProblems(data: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isRecord(data)) return out;
  const weeks = Array.isArray(data.weeks) ? data.weeks : [];
  const taskIds = uniqueIds(out);
  // Review cards are keyed by question id, across the whole roadmap.
  const questionIds = uniqueIds(out);
  checkWeekOrder(weeks, out);
  weeks.forEach((week, w) => {
    if (!isRecord(week)) return;
    taskIds(week.id, ['weeks', w]);
    if (!Array.isArray(week.tasks)) return;
    week.tasks.forEach((task, t) => {
      if (!isRecord(task)) return;
      const at: Segment[] = ['weeks', w, 'tasks', t];
      taskIds(task.id, at);
      const resources = Array.isArray(task.resources) ? task.resources : [];
      resources.forEach((r, i) => checkUrl(r, [...at, 'resources', i], out));
      if (isRecord(task.paper)) {
        checkUrl(task.paper, [...at, 'paper'], out);
        checkUrl(task.paper.code, [...at, 'paper', 'code'], out);
        checkUrl(task.paper.video, [...at, 'paper', 'video'], out);
      }
      (Array.isArray(task.questions) ? task.questions : []).forEach((q, i) => {
        if (isRecord(q)) questionIds(q.id, [...at, 'questions', i]);
      });
      const checkIds = uniqueIds(out);
      (Array.isArray(task.checks) ? task.checks : []).forEach((check, c) => {
        if (!isRecord(check)) return;
        const where: Segment[] = [...at, 'checks', c];
        checkIds(check.id, where);
        const n = check.resource;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n > resources.length) {
          out.push({ path: [...where, 'resource'], message: `no resource ${n}: the task has ${resources.length}` });
        }
        if (typeof check.expect === 'string') {
          try {
            new RegExp(check.expect);
          } catch (error) {
            const message = `not a valid regular expression (${(error as Error).message})`;
            out.push({ path: [...where, 'expect'], message });
          }
        }
      });
    });
  });
  const credits = isRecord(data.credits) ? data.credits : {};
  (Array.isArray(credits.links) ? credits.links : []).forEach((r, i) => checkUrl(r, ['credits', 'links', i], out));
  const tipIds = uniqueIds(out);
  const weekIds = new Set((Array.isArray(data.weeks) ? data.weeks : []).map((w) => (isRecord(w) ? w.id : undefined)));
  (Array.isArray(data.tips) ? data.tips : []).forEach((tip, i) => {
    if (!isRecord(tip)) return;
    tipIds(tip.id, ['tips', i]);
    // A tip about a week names a week the roadmap has.
    (Array.isArray(tip.weeks) && Array.isArray(data.weeks) ? tip.weeks : []).forEach((id, j) => {
      if (typeof id === 'string' && !weekIds.has(id)) out.push({ path: ['tips', i, 'weeks', j], message: `no week "${id}" in this roadmap` });
    });
  });
  return out;
}

/** A claim function for one id namespace: the second holder of an id gets a problem naming the first. */
function uniqueIds(out: Problem[]): (id: unknown, owner: Segment[]) => void {
  const seen = new Map<string, Segment[]>();
  return (id, owner) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first) out.push({ path: [...owner, 'id'], message: `duplicate id "${id}" (also at ${formatPath(first)})` });
    else seen.set(id, owner);
  };
}

function checkWeekOrder(weeks: unknown[], out: Problem[]): void {
  let prev: { from: number; to: number | null; index: number } | undefined;
  weeks.forEach((week, w) => {
    if (!isRecord(week) || !isWeekNumber(week.from) || !(week.to === null || isWeekNumber(week.to))) return;
    const { from, to } = week as { from: number; to: number | null };
    if (to === null && w !== weeks.length - 1) {
      out.push({ path: ['weeks', w, 'to'], message: 'only the last week block may be open-ended (to: null)' });
    }
    if (to !== null && to < from) out.push({ path: ['weeks', w, 'to'], message: `must not be before from (${from})` });
    // After an open-ended block everything overlaps: its own problem says enough.
    if (prev && prev.to !== null && from <= prev.to) {
      const span = prev.from === prev.to ? `week ${prev.from}` : `weeks ${prev.from}-${prev.to}`;
      const message =
        from >= prev.from
          ? `week ${from} overlaps weeks[${prev.index}] (${span})`
          : `weeks must be in ascending order: week ${from} comes after weeks[${prev.index}] (${span})`;
      out.push({ path: ['weeks', w, 'from'], message });
    }
    prev = { from, to, index: w };
  });
}

/**
 * An address `open` would accept later: http(s), a host, and nothing that could hide what it is: no
 * spaces or control characters (the WHATWG parser would quietly drop or encode them), no user name or
 * password before the host (https://docs.python.org@evil.example/ goes to evil.example).
 */
function checkUrl(holder: unknown, path: Segment[], out: Problem[]): void {
  if (!isRecord(holder) || typeof holder.url !== 'string') return;
  const text = holder.url;
  if (/[\s\p{Cc}\p{Cf}]/u.test(text)) {
    out.push({ path: [...path, 'url'], message: 'must not contain spaces or control characters' });
    return;
  }
  let ok = false;
  try {
    const url = new URL(text);
    ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    if (ok && (url.username !== '' || url.password !== '')) {
      out.push({ path: [...path, 'url'], message: 'must not carry a user name or password before the host' });
      return;
    }
  } catch {
    // not a URL at all: reported below
  }
  if (!ok) out.push({ path: [...path, 'url'], message: URL_MESSAGE });
}

function isWeekNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "/weeks/2/tasks/0" -> ['weeks', 2, 'tasks', 0]; an index is a number only where the data holds an array. */
function pointerToPath(pointer: string, data: unknown): Segment[] {
  const path: Segment[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : undefined;
    path.push(index ?? key);
    node = Array.isArray(node) ? node[index ?? -1] : isRecord(node) ? node[key] : undefined;
  }
  return path;
}

/** weeks[2].tasks[0].resources[1].url */
function formatPath(path: Segment[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(top level)';
}

/** Position of each step in the data (array index, or the key's place among its object's keys). */
function orderKey(path: Segment[], data: unknown): number[] {
  let node = data;
  return path.map((s) => {
    if (Array.isArray(node) && typeof s === 'number') {
      node = node[s];
      return s;
    }
    if (!isRecord(node)) return 0;
    const keys = Object.keys(node);
    const place = keys.indexOf(String(s));
    node = node[String(s)];
    return place === -1 ? keys.length : place;
  });
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
