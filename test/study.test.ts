// The study content (data/study.json): its schema fragment, one entry per task of the bundled roadmap, stable
// question ids, 3-6 questions for each learning task, and Chinese written with full-width punctuation.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../data/roadmap.json' with { type: 'json' };
import study from '../data/study.json' with { type: 'json' };
import schema from '../data/study.schema.json' with { type: 'json' };

interface Localized {
  zh: string;
  en: string;
}
interface Question {
  id: string;
  question: Localized;
  answer: Localized;
  explain: Localized;
}
interface TaskStudy {
  doneWhen: Localized;
  questions: Question[];
}

const taskIds = (roadmapJson as { weeks: { tasks: { id: string }[] }[] }).weeks.flatMap((w) => w.tasks.map((t) => t.id));
const entries = Object.entries(study).filter(([key]) => key !== '_about') as [string, TaskStudy][];

/** Set-up, habit and admin tasks: a doneWhen, but nothing to quiz. */
const WITHOUT_QUESTIONS = [
  'w1-search-skills',
  'w7-broaden',
  'w7-start-reading',
  'w9-choose-direction',
  'w9-top-down-reading',
  'w9-find-mentor',
  'w9-long-term-learning',
];

function strict() {
  const warnings: unknown[] = [];
  const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
  const ajv = new Ajv2020({ strict: true, strictRequired: true, strictTypes: true, strictTuples: true, allErrors: true, logger });
  return { ajv, warnings };
}

describe('data/study.schema.json', () => {
  it('compiles in strict mode with no warnings, and describes every property', () => {
    const { ajv, warnings } = strict();
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(warnings).toEqual([]);
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [name, sub] of Object.entries(properties ?? {})) {
        if (!(sub as { description?: string }).description) undescribed.push(`${where}.${name}`);
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${where}/${key}`);
    };
    visit(schema, '#');
    expect(undescribed).toEqual([]);
  });

  it('accepts one task fragment and rejects a question without an explanation', () => {
    const { ajv } = strict();
    const validate = ajv.compile(schema);
    const first = entries[0]![1];
    expect(validate({ doneWhen: first.doneWhen, questions: first.questions })).toBe(true);
    const broken = { ...first.questions[0]!, explain: undefined };
    expect(validate({ doneWhen: first.doneWhen, questions: [broken] })).toBe(false);
  });
});

describe('data/study.json', () => {
  it('follows the schema and says that the content is ours', () => {
    const { ajv } = strict();
    ajv.addSchema(schema);
    const validate = ajv.compile({ $ref: 'study.schema.json#/$defs/studyFile' });
    expect(validate(study), JSON.stringify(validate.errors)).toBe(true);
    expect(study._about).toMatch(/roadmap team, not by the source text/);
  });

  it('has an entry for every task of the bundled roadmap, in its order, and for no other id', () => {
    expect(entries.map(([id]) => id)).toEqual(taskIds);
  });

  it('gives every learning task 3-6 questions, and none to the set-up and admin tasks', () => {
    for (const [id, task] of entries) {
      if (WITHOUT_QUESTIONS.includes(id)) expect(task.questions, id).toEqual([]);
      else {
        expect(task.questions.length, id).toBeGreaterThanOrEqual(3);
        expect(task.questions.length, id).toBeLessThanOrEqual(6);
      }
    }
  });

  it('numbers question ids after their task, uniquely', () => {
    for (const [id, task] of entries) {
      expect(task.questions.map((q) => q.id)).toEqual(task.questions.map((_, i) => `${id}-q${i + 1}`));
    }
  });

  it('writes Chinese with full-width punctuation and ends each sentence with it', () => {
    const han = '[\\u4e00-\\u9fff]';
    const ascii = new RegExp(`(?<=${han})[,;:?!()]|[,;:?!()](?=${han})`);
    const problems: string[] = [];
    for (const [id, task] of entries) {
      const texts: [string, Localized][] = [['doneWhen', task.doneWhen]];
      for (const q of task.questions) texts.push([`${q.id}.question`, q.question], [`${q.id}.answer`, q.answer], [`${q.id}.explain`, q.explain]);
      for (const [where, text] of texts) {
        if (ascii.test(text.zh)) problems.push(`${id} ${where}: ${text.zh}`);
        if (new RegExp(han).test(text.zh) && !/[。？）]$/.test(text.zh)) problems.push(`${id} ${where} ends with ${text.zh.slice(-3)}`);
        if (/[，。：？]/.test(text.en)) problems.push(`${id} ${where} (en) has full-width punctuation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the facts the reviews checked', () => {
    const text = JSON.stringify(study);
    expect(text).toContain('resolution multiplier ρ');
    expect(text).not.toMatch(/resolution multiplier β|分辨率因子 β/);
    const titanic = study['w3-titanic' as keyof typeof study] as TaskStudy;
    expect(titanic.questions[0]!.answer.en).toMatch(/^Binary classification/);
    const resnet = study['w6-resnet' as keyof typeof study] as TaskStudy;
    expect(resnet.doneWhen.en).toMatch(/ResNet-18 from the paper's table and it trains on CIFAR-10 for one epoch/);
    const loader = study['w4-dataloader' as keyof typeof study] as TaskStudy;
    expect(loader.doneWhen.en).toMatch(/a Dataset and DataLoader for a folder of images of your own and iterated one epoch/);
  });
});
