// The roadmap format: the schema, the validator's messages (exact, since users read them), and the bundled data.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import schema from '../../data/roadmap.schema.json' with { type: 'json' };
import type { Roadmap } from '../../src/core/types.ts';
import { parseRoadmapText, validateRoadmap } from '../../src/roadmaps/validate.ts';

const bundled = roadmapJson as Roadmap;
const sharedResources = path.resolve(import.meta.dirname, '../../../shared/resources.md');
const CODE_TREE = 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/tree/master/';
const DETR_CODE = 'https://github.com/facebookresearch/detr';

/** The bundled roadmap with one change, as a user's file would hold it. */
function edited(change: (r: Record<string, any>) => void): string {
  const copy = structuredClone(roadmapJson) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy, null, 2);
}

describe('the schema', () => {
  it('compiles in strict mode, with no warnings', () => {
    const warnings: unknown[] = [];
    const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
    const ajv = new Ajv2020({ strict: true, strictRequired: true, strictTypes: true, strictTuples: true, logger });
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('describes every property, for editors', () => {
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
});

describe('the bundled roadmap', () => {
  it('has no problems', () => {
    expect(validateRoadmap(bundled)).toEqual([]);
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../data/roadmap.json'), 'utf8');
    expect(parseRoadmapText(text, 'roadmap.json')).toEqual({ roadmap: bundled, problems: [] });
  });

  const tasks = bundled.weeks.flatMap((w) => w.tasks);
  const papers = tasks.flatMap((t) => (t.paper ? [{ id: t.id, paper: t.paper }] : []));

  it('gives the classic networks and the detectors their papers, code and videos', () => {
    expect(papers.map((p) => p.id)).toEqual([
      'w6-lenet',
      'w6-alexnet',
      'w6-googlenet',
      'w6-resnet',
      'w6-mobilenet',
      'w6-shufflenet',
      'w6-efficientnet',
      'w7-mask-rcnn',
      'w7-yolo',
      'w7-ssd',
      'w7-retinanet',
      'w7-detr',
    ]);
    for (const { id, paper } of papers) {
      // DETR's reference code is its authors'; the others' is 霹雳吧啦Wz's.
      if (id === 'w7-detr') expect(paper.code?.url).toBe(DETR_CODE);
      else expect(paper.code?.url?.startsWith(CODE_TREE), id).toBe(true);
    }
    expect(papers.filter((p) => p.paper.video).map((p) => p.id)).toEqual([
      'w6-alexnet',
      'w6-googlenet',
      'w6-resnet',
      'w6-mobilenet',
      'w6-shufflenet',
      'w6-efficientnet',
      'w7-yolo',
      'w7-ssd',
      'w7-retinanet',
    ]);
  });

  it.skipIf(!fs.existsSync(sharedResources))('uses only paper and video addresses listed in shared/resources.md', () => {
    const listed = fs.readFileSync(sharedResources, 'utf8');
    for (const { paper } of papers) {
      expect(listed, paper.url).toContain(`| ${paper.url} |`);
      if (paper.video?.url) expect(listed, paper.video.url).toContain(`| ${paper.video.url} |`);
    }
  });

  it('gives the tooling tasks setup checks whose expectations match real output', () => {
    const checks = new Map(tasks.flatMap((t) => (t.checks ?? []).map((c) => [c.id, c] as const)));
    const outputs: Record<string, string> = {
      'python-version': 'Python 3.11.4',
      'conda-version': 'conda 24.1.2',
      'jupyter-version': 'Selected Jupyter core packages...\nIPython          : 8.12.0\njupyterlab       : 4.0.2\nnotebook         : not installed\n',
      'numpy-version': '1.26.4\n',
      'pandas-version': '2.2.1\n',
      'matplotlib-version': '3.8.3\n',
      'sklearn-version': '1.4.1.post1\n',
      'torch-version': '2.2.1+cu121 True\n',
    };
    expect([...checks.keys()].sort()).toEqual(Object.keys(outputs).sort());
    for (const [id, output] of Object.entries(outputs)) {
      const match = new RegExp(checks.get(id)!.expect!).exec(output);
      expect(match?.[1], id).toMatch(/^\d+\.\d+(\.\d+)?$/);
    }
    expect(new RegExp(checks.get('jupyter-version')!.expect!).exec('jupyter-notebook : 6.2.0')?.[1]).toBe('6.2.0');
  });
});

describe('a roadmap file with mistakes', () => {
  it.each([
    ['not JSON: an unexpected token', '{\n  "formatVersion": 1,\n  "weeks": [}\n', ["bad.json:3:13: Unexpected token '}'"]],
    ['not JSON: a missing comma', '{\n  "formatVersion": 1\n  "id": "x"\n}', ["bad.json:3:3: Expected ',' or '}' after property value"]],
    ['not JSON: cut short', '{\n  "formatVersion":\n', ['bad.json:2:19: Unexpected end of JSON input']],
    ['not JSON: a comma before the end', '{\n  "formatVersion": 1,\n}', ['bad.json:3:1: Expected double-quoted property name']],
    ['not JSON: an unterminated string', '{\n  "id": "abc\n}', ['bad.json:2:13: Bad control character in string literal']],
    ['not JSON: a trailing comma', '[\n  1,\n  2,\n]', ["bad.json:4:1: Unexpected token ']'"]],
    ['not JSON: an empty file', '', ['bad.json:1:1: Unexpected end of JSON input']],
  ])('%s', (_name, text, problems) => {
    expect(parseRoadmapText(text, 'bad.json')).toEqual({ problems });
  });

  it('finds the line and column of an unexpected token deep in a long file', () => {
    const lines = fs.readFileSync(path.resolve(import.meta.dirname, '../../data/roadmap.json'), 'utf8').split('\n');
    const index = lines.findIndex((line, i) => i > 1000 && line.includes('"estimateMinutes": '));
    lines[index] = lines[index]!.replace('"estimateMinutes": ', '"estimateMinutes": ]');
    const column = lines[index]!.indexOf(']') + 1;
    expect(parseRoadmapText(lines.join('\n'), 'long.json')).toEqual({ problems: [`long.json:${index + 1}:${column}: Unexpected token ']'`] });
  });

  it.each([
    [
      'a file: URL',
      (r: any) => {
        r.weeks[0].tasks[0].resources[0].url = 'file:///etc/passwd';
      },
      ['weeks[0].tasks[0].resources[0].url: must be an http(s) URL'],
    ],
    [
      'a javascript: URL in a paper',
      (r: any) => {
        r.weeks[4].tasks[0].paper.url = 'javascript:alert(1)';
      },
      ['weeks[4].tasks[0].paper.url: must be an http(s) URL'],
    ],
    [
      'a URL that only looks like one',
      (r: any) => {
        r.weeks[4].tasks[1].paper.code.url = 'https://exa mple.com/';
      },
      ['weeks[4].tasks[1].paper.code.url: must not contain spaces or control characters'],
    ],
    [
      'a missing estimateMinutes',
      (r: any) => {
        delete r.weeks[0].tasks[1].estimateMinutes;
      },
      ['weeks[0].tasks[1]: missing "estimateMinutes"'],
    ],
    [
      'an unknown field',
      (r: any) => {
        r.weeks[1].tasks[0].foo = 1;
      },
      ['weeks[1].tasks[0]: unknown field "foo"'],
    ],
    [
      'a bad kind',
      (r: any) => {
        r.weeks[0].tasks[0].resources[0].kind = 'podcast';
      },
      ['weeks[0].tasks[0].resources[0].kind: must be one of video, course, paper, code, doc, book, exercise, site'],
    ],
    [
      'a duplicate id',
      (r: any) => {
        r.weeks[4].tasks[2].id = 'w6-lenet';
      },
      ['weeks[4].tasks[2].id: duplicate id "w6-lenet" (also at weeks[4].tasks[0])'],
    ],
    [
      'a task id equal to a week id',
      (r: any) => {
        r.weeks[1].tasks[0].id = 'w1';
      },
      ['weeks[1].tasks[0].id: duplicate id "w1" (also at weeks[0])'],
    ],
    [
      'overlapping weeks',
      (r: any) => {
        r.weeks[3].from = 3;
      },
      ['weeks[3].from: week 3 overlaps weeks[2] (week 3)'],
    ],
    [
      'weeks out of order',
      (r: any) => {
        [r.weeks[1], r.weeks[2]] = [r.weeks[2], r.weeks[1]];
      },
      ['weeks[2].from: weeks must be in ascending order: week 2 comes after weeks[1] (week 3)'],
    ],
    [
      'an open-ended week that is not last',
      (r: any) => {
        r.weeks[2].to = null;
      },
      ['weeks[2].to: only the last week block may be open-ended (to: null)'],
    ],
    [
      'a week ending before it starts',
      (r: any) => {
        r.weeks[3].to = 3;
      },
      ['weeks[3].to: must not be before from (4)'],
    ],
    [
      'a week end that is neither a number nor null',
      (r: any) => {
        r.weeks[1].to = 'two';
      },
      ['weeks[1].to: must be an integer >= 1 or null'],
    ],
    [
      'an empty zh',
      (r: any) => {
        r.weeks[0].title.zh = '';
      },
      ['weeks[0].title.zh: must not be empty'],
    ],
    [
      'a bad id',
      (r: any) => {
        r.weeks[0].tasks[0].id = 'W1 Python';
      },
      ['weeks[0].tasks[0].id: must be lowercase letters, digits, "+" and "-", starting with a letter or digit'],
    ],
    [
      'an estimate out of range',
      (r: any) => {
        r.weeks[0].tasks[0].estimateMinutes = 0;
      },
      ['weeks[0].tasks[0].estimateMinutes: must be >= 1'],
    ],
    [
      'a fractional estimate',
      (r: any) => {
        r.weeks[0].tasks[0].estimateMinutes = 1.5;
      },
      ['weeks[0].tasks[0].estimateMinutes: must be an integer'],
    ],
    [
      'another format version',
      (r: any) => {
        r.formatVersion = 2;
      },
      ['formatVersion: must be 1'],
    ],
    [
      'a check pointing at a missing resource',
      (r: any) => {
        r.weeks[0].tasks[0].checks[0].resource = 4;
      },
      ['weeks[0].tasks[0].checks[0].resource: no resource 4: the task has 1'],
    ],
    [
      'a check with an empty command',
      (r: any) => {
        r.weeks[0].tasks[0].checks[0].command = [];
      },
      ['weeks[0].tasks[0].checks[0].command: must not be empty'],
    ],
    [
      'a check with a bad version',
      (r: any) => {
        r.weeks[0].tasks[0].checks[0].minVersion = 'v3';
      },
      ['weeks[0].tasks[0].checks[0].minVersion: must be dotted numbers, e.g. "3.8"'],
    ],
    [
      'a check with a broken regular expression',
      (r: any) => {
        r.weeks[0].tasks[0].checks[0].expect = 'Python (\\d+';
      },
      ['weeks[0].tasks[0].checks[0].expect: not a valid regular expression (Invalid regular expression: /Python (\\d+/: Unterminated group)'],
    ],
    [
      'a tip about a week the roadmap does not have',
      (r: any) => {
        r.tips[0].weeks = ['w3', 'w99'];
      },
      ['tips[0].weeks[1]: no week "w99" in this roadmap'],
    ],
    [
      'no weeks at all',
      (r: any) => {
        delete r.weeks;
      },
      ['(top level): missing "weeks"'],
    ],
    [
      'an added mark that is not a text in both languages',
      (r: any) => {
        r.weeks[0].tasks[0].added = true;
      },
      ['weeks[0].tasks[0].added: must be an object'],
    ],
    [
      'an added mark in one language only',
      (r: any) => {
        r.weeks[4].added = { zh: '补充：原文未列出' };
      },
      ['weeks[4].added: missing "en"'],
    ],
    [
      'credits without thanks',
      (r: any) => {
        r.credits = { links: [] };
      },
      ['credits: missing "thanks"'],
    ],
    [
      'a javascript: URL in the credits',
      (r: any) => {
        r.credits = {
          thanks: { zh: '感谢', en: 'Thanks' },
          links: [{ title: { zh: '某人', en: 'Someone' }, kind: 'site', url: 'javascript:alert(1)', language: 'zh' }],
        };
      },
      ['credits.links[0].url: must be an http(s) URL'],
    ],
    [
      'several mistakes, reported in document order',
      (r: any) => {
        r.weeks[2].tasks[0].bar = true;
        r.weeks[0].title.en = '';
        r.weeks[0].tasks[0].resources[0].url = 'file:///x';
        r.title = 'no';
      },
      [
        'title: must be an object',
        'weeks[0].title.en: must not be empty',
        'weeks[0].tasks[0].resources[0].url: must be an http(s) URL',
        'weeks[2].tasks[0]: unknown field "bar"',
      ],
    ],
  ])('%s', (_name, change, problems) => {
    expect(parseRoadmapText(edited(change), 'bad.json')).toEqual({ problems });
  });

  it('accepts a $schema field', () => {
    const text = edited((r) => {
      r.$schema = './roadmap.schema.json';
    });
    const result = parseRoadmapText(text, 'mine.json');
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.$schema).toBe('./roadmap.schema.json');
  });

  it('accepts a byte-order mark, which editors on Windows may write', () => {
    expect(parseRoadmapText(`\uFEFF${JSON.stringify(bundled)}`, 'bom.json').problems).toEqual([]);
  });

  it('refuses data that is not an object', () => {
    expect(validateRoadmap([])).toEqual(['(top level): must be an object']);
    expect(validateRoadmap(null)).toEqual(['(top level): must be an object']);
  });
});

describe('ID_PATTERN', () => {
  it("is the schema's id pattern (the store and the done-when files check ids with it)", async () => {
    const { ID_PATTERN } = await import('../../src/core/roadmap.ts');
    expect(ID_PATTERN.source).toBe(schema.$defs.id.pattern);
  });
});
