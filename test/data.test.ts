// The bundled roadmap: well-formed, bilingual, real addresses, faithful to the source text, and marking what is ours.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../data/roadmap.json' with { type: 'json' };
import type { Localized, Resource, Roadmap, Task } from '../src/core/types.ts';
import { allTasks, findTask } from '../src/core/roadmap.ts';

const roadmap = roadmapJson as Roadmap;
const KINDS = ['video', 'course', 'paper', 'code', 'doc', 'book', 'exercise', 'site'];
const sharedResources = path.resolve(import.meta.dirname, '../../shared/resources.md');
const hasShared = fs.existsSync(sharedResources);
const listedText = hasShared ? fs.readFileSync(sharedResources, 'utf8') : '';
/** Every address written out in shared/resources.md. */
const listed = new Set(listedText.match(/https?:\/\/[^\s|)]+/g) ?? []);

const WZ_REPO = 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing';
const MLI = 'https://github.com/mli/paper-reading';
/**
 * The one kind of address not written out in resources.md: folders of 霹雳吧啦Wz's repository, which it lists,
 * each checked to exist in the repository (commit 2ecf2ee, July 2024).
 */
const WZ_FOLDERS = [
  'pytorch_classification/Test1_official_demo',
  'pytorch_classification/Test2_alexnet',
  'pytorch_classification/Test4_googlenet',
  'pytorch_classification/Test5_resnet',
  'pytorch_classification/Test6_mobilenet',
  'pytorch_classification/Test7_shufflenet',
  'pytorch_classification/Test9_efficientNet',
  'pytorch_object_detection/faster_rcnn',
  'pytorch_object_detection/mask_rcnn',
  'pytorch_object_detection/ssd',
  'pytorch_object_detection/retinaNet',
  'pytorch_object_detection/yolov3_spp',
].map((folder) => `${WZ_REPO}/tree/master/${folder}`);
/** Resources shown without an address: only where neither the text nor resources.md gives one. None today. */
const WITHOUT_ADDRESS: string[] = [];

/** Every task id of the roadmap before issue 16: progress is keyed by them, so none may go. */
const EARLIER_IDS = [
  'w1-python-basics',
  'w1-python-oop',
  'w1-search-skills',
  'w1-python-exercise',
  'w2-conda',
  'w2-jupyter',
  'w2-numpy',
  'w2-pandas',
  'w2-matplotlib',
  'w2-data-exercise',
  'w3-ml-courses',
  'w3-ml-concepts',
  'w3-sklearn',
  'w3-titanic',
  'w3-house-prices',
  'w4-cnn-concepts',
  'w4-pytorch-basics',
  'w4-tensors',
  'w4-build-network',
  'w4-training-loop',
  'w4-dataloader',
  'w4-project-template',
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
  'w7-broaden',
  'w9-choose-direction',
  'w9-top-down-reading',
  'w9-find-mentor',
  'w9-engineering-practice',
  'w9-long-term-learning',
];
const CLASSIFIERS = ['w6-lenet', 'w6-alexnet', 'w6-googlenet', 'w6-resnet', 'w6-mobilenet', 'w6-shufflenet', 'w6-efficientnet'];
const DETECTORS = ['w7-detection-basics', 'w7-mask-rcnn', 'w7-yolo', 'w7-ssd', 'w7-retinanet', 'w7-detr'];

/** What is ours, not the text's: the places that must carry `added`, and no others. */
const ADDED_WEEKS = ['w6'];
const ADDED_TASKS = [
  'w3-ml-courses',
  'w3-titanic',
  'w4-project-template',
  ...CLASSIFIERS,
  ...DETECTORS,
  'w7-start-reading',
  'w9-top-down-reading',
  'w9-find-mentor',
];
/** Resources the text does not name, marked wherever they appear. */
const ADDED_RESOURCES = [
  'https://www.bilibili.com/video/BV1K7411W7So', // CS231N 中文精讲
  'https://www.bilibili.com/video/BV1Vd4y1e7pj', // 3Blue1Brown
  'https://www.bilibili.com/video/av35094580', // 三分钟走进卷积神经网络
  'https://zh.d2l.ai/', // 动手学深度学习
  MLI, // Mu Li's readings
  'https://docs.python.org/3/tutorial/index.html',
  'https://docs.conda.io/projects/conda/en/latest/user-guide/getting-started.html',
  'https://docs.jupyter.org/en/latest/',
  'https://numpy.org/doc/stable/user/absolute_beginners.html',
  'https://pandas.pydata.org/docs/user_guide/10min.html',
  'https://matplotlib.org/stable/tutorials/index.html',
  'https://scikit-learn.org/stable/tutorial/index.html',
  'https://scikit-learn.org/stable/user_guide.html',
];
/** Marked in one task only: LeetCode is the text's in week 2 (数据处理练习), ours in week 1. */
const ADDED_IN_TASK: [task: string, url: string][] = [['w1-python-exercise', 'https://leetcode.com/']];

function localizedTexts(value: unknown, where: string, out: { where: string; text: Localized }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => localizedTexts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('zh' in obj || 'en' in obj) out.push({ where, text: obj as unknown as Localized });
    else for (const [k, v] of Object.entries(obj)) localizedTexts(v, `${where}.${k}`, out);
  }
  return out;
}

/** Every string in the data, with where it is and the name of the field holding it. */
function strings(value: unknown, where: string, key = '', out: { where: string; key: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ where, key, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${where}[${i}]`, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, k, out);
  return out;
}

/** Every resource: the tasks', their papers' code and video, and the credits' links. */
function allResources(r: Roadmap): { where: string; resource: Resource }[] {
  const out: { where: string; resource: Resource }[] = [];
  for (const { task } of allTasks(r)) {
    task.resources.forEach((resource, i) => out.push({ where: `${task.id}.resources[${i}]`, resource }));
    if (task.paper?.code) out.push({ where: `${task.id}.paper.code`, resource: task.paper.code });
    if (task.paper?.video) out.push({ where: `${task.id}.paper.video`, resource: task.paper.video });
  }
  r.credits?.links.forEach((resource, i) => out.push({ where: `credits.links[${i}]`, resource }));
  return out;
}

const task = (id: string): Task => {
  const placed = findTask(roadmap, id);
  if (!placed) throw new Error(`no task ${id}`);
  return placed.task;
};
const urlsOf = (t: Task) => [...t.resources.map((r) => r.url), t.paper?.url, t.paper?.code?.url, t.paper?.video?.url];

/** 霹雳吧啦Wz's videos for every network, from resources.md's table: column 2 is the theory video, column 3 the code video. */
function wzTable(column: 2 | 3): Set<string> {
  const start = listedText.indexOf('## 霹雳吧啦Wz: every network');
  const table = listedText.slice(start, listedText.indexOf('\n## ', start + 1));
  const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| network'));
  return new Set(rows.flatMap((row) => row.split('|')[column]?.match(/https?:\/\/\S+/g) ?? []));
}

describe('bundled roadmap', () => {
  const tasks = allTasks(roadmap).map((p) => p.task);
  const resources = allResources(roadmap);

  it('has a format version and the weekly route 1, 2, 3, 4-5, 6, 7-8, 9+', () => {
    expect(roadmap.formatVersion).toBe(1);
    expect(roadmap.weeks.map((w) => [w.from, w.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
      [6, 6],
      [7, 8],
      [9, null],
    ]);
  });

  it('has unique, typable ids', () => {
    const ids = [...roadmap.weeks.map((w) => w.id), ...tasks.map((t) => t.id), ...roadmap.tips.map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tasks) expect(t.id).toMatch(/^w\d+-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every earlier task id, since progress is keyed by them', () => {
    const ids = new Set(tasks.map((t) => t.id));
    for (const id of EARLIER_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('has zh and en everywhere', () => {
    const texts = localizedTexts(roadmap, 'roadmap');
    expect(texts.length).toBeGreaterThan(200);
    for (const { where, text } of texts) {
      expect(Object.keys(text).sort(), where).toEqual(['en', 'zh']);
      expect(text.zh?.trim(), `${where}.zh`).toBeTruthy();
      expect(text.en?.trim(), `${where}.en`).toBeTruthy();
      expect(/[\u4e00-\u9fff]/.test(text.en) && !/[a-zA-Z]/.test(text.en), `${where}.en looks untranslated`).toBe(false);
    }
    for (const t of tasks) expect(/[\u4e00-\u9fff]/.test(t.description.zh), `${t.id} zh description is Chinese`).toBe(true);
  });

  it('writes Chinese with full-width punctuation and “B 站”', () => {
    for (const { where, text } of localizedTexts(roadmap, 'roadmap')) {
      // An ASCII , : ; ! ? touching a Chinese character is a half-width mark in Chinese text.
      expect(text.zh, `${where}.zh`).not.toMatch(/[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]/);
      expect(text.zh, `${where}.zh`).not.toMatch(/b ?站/);
    }
  });

  it('gives every task an estimate and every resource a known kind and an http(s) URL', () => {
    for (const t of tasks) expect(Number.isInteger(t.estimateMinutes) && t.estimateMinutes > 0, t.id).toBe(true);
    for (const { where, resource } of resources) {
      expect(KINDS, where).toContain(resource.kind);
      if (resource.url !== undefined) expect(['http:', 'https:'], where).toContain(new URL(resource.url).protocol);
    }
    const missing = resources.filter(({ resource }) => resource.url === undefined).map(({ resource }) => resource.title.en);
    expect(missing).toEqual(WITHOUT_ADDRESS);
  });

  it.skipIf(!hasShared)('uses only addresses listed in shared/resources.md (or folders of the repository it lists)', () => {
    expect(listed.size).toBeGreaterThan(50);
    const found = strings(roadmap, 'roadmap').filter((s) => /https?:\/\//.test(s.text));
    expect(found.length).toBeGreaterThan(80);
    for (const { where, key, text } of found) {
      // Addresses live in url fields only, never inside a sentence where no test would see them.
      expect(key, where).toBe('url');
      expect(listed.has(text) || WZ_FOLDERS.includes(text), `${where}: ${text}`).toBe(true);
    }
  });

  it.skipIf(!hasShared)('names only Bilibili videos that resources.md lists', () => {
    const text = JSON.stringify(roadmap);
    const ids = [...new Set(text.match(/\b(?:BV[0-9A-Za-z]{10}|av\d+)\b/g) ?? [])];
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(listedText, id).toContain(id);
  });

  describe('marks what is ours with `added`, the same way everywhere', () => {
    const marks = localizedTexts(roadmap, 'roadmap').filter(({ where }) => where.endsWith('.added'));

    it('in one wording: “补充…” and “added…”', () => {
      expect(marks.length).toBeGreaterThan(40);
      for (const { where, text } of marks) {
        expect(text.zh, where).toMatch(/^补充：/);
        expect(text.en, where).toMatch(/^added\b/);
      }
    });

    it('on the week-6 filling, and on no other week block or tip', () => {
      expect(roadmap.weeks.filter((w) => w.added).map((w) => w.id)).toEqual(ADDED_WEEKS);
      expect(roadmap.weeks.find((w) => w.id === 'w6')!.filledIn).toBeDefined();
      expect(roadmap.tips.filter((t) => t.added).map((t) => t.id)).toEqual([]);
    });

    it('on exactly the tasks that are, or hold, additions: the summaries, the new steps, our glosses', () => {
      expect(
        tasks
          .filter((t) => t.added)
          .map((t) => t.id)
          .sort(),
      ).toEqual([...ADDED_TASKS].sort());
      // Tasks the earlier roadmap did not have are all ours.
      for (const t of tasks.filter((t) => !EARLIER_IDS.includes(t.id))) expect(t.added, t.id).toBeDefined();
    });

    it('on exactly the resources the text does not name', () => {
      const expected: string[] = [];
      const actual: string[] = [];
      for (const t of tasks) {
        for (const r of t.resources) {
          const key = `${t.id} ${r.url}`;
          const ours = ADDED_RESOURCES.includes(r.url ?? '') || ADDED_IN_TASK.some(([id, url]) => id === t.id && url === r.url);
          if (ours) expected.push(key);
          if (r.added) actual.push(key);
        }
      }
      expect(expected.length).toBeGreaterThan(15);
      expect(actual).toEqual(expected);
      expect(task('w2-data-exercise').resources.find((r) => r.url === 'https://leetcode.com/')?.added).toBeUndefined();
      for (const link of roadmap.credits!.links) expect(link.added, link.url).toBeUndefined();
    });
  });

  it('fills in week 6 with the classic networks and says so', () => {
    const w6 = roadmap.weeks.find((w) => w.from === 6)!;
    expect(w6.filledIn?.en).toBeTruthy();
    expect(w6.tasks.map((t) => t.id)).toEqual(CLASSIFIERS);
    const text = JSON.stringify(w6);
    for (const name of ['LeNet', 'AlexNet', 'GoogLeNet', 'ResNet', 'MobileNet', 'ShuffleNet', 'EfficientNet']) expect(text).toContain(name);
  });

  it('orders weeks 7-8: broaden (after classification), detection basics, the detectors, then first papers', () => {
    expect(roadmap.weeks.find((w) => w.id === 'w7-8')!.tasks.map((t) => t.id)).toEqual([
      'w7-broaden',
      'w7-detection-basics',
      'w7-mask-rcnn',
      'w7-yolo',
      'w7-ssd',
      'w7-retinanet',
      'w7-detr',
      'w7-start-reading',
    ]);
    const basics = JSON.stringify(task('w7-detection-basics'));
    for (const term of ['IoU', 'anchor', 'NMS', 'mAP', 'Faster R-CNN', `${WZ_REPO}/tree/master/pytorch_object_detection/faster_rcnn`]) {
      expect(basics).toContain(term);
    }
    // Research reading may start after week 6 (the text: 学习完前期准备3之后就可以开始阅读).
    expect(task('w7-start-reading').description.zh).toContain('前期准备 3');
  });

  it.skipIf(!hasShared)('links 霹雳吧啦Wz’s code video (怼源码) on every week-6 and detection task, and his theory videos', () => {
    const code = wzTable(3);
    const theory = wzTable(2);
    expect(code.size).toBeGreaterThanOrEqual(12);
    for (const id of [...CLASSIFIERS, ...DETECTORS.filter((d) => d !== 'w7-detr')]) {
      expect(
        task(id).resources.some((r) => r.kind === 'video' && code.has(r.url ?? '')),
        id,
      ).toBe(true);
    }
    const wanted: [string, string][] = [
      ['w6-lenet', 'https://www.bilibili.com/video/BV187411T7Ye'],
      ['w6-googlenet', 'https://www.bilibili.com/video/BV1z7411T7ie'],
      ['w6-shufflenet', 'https://www.bilibili.com/video/BV15y4y1Y7SY'],
      ['w6-efficientnet', 'https://www.bilibili.com/video/BV1XK4y1U7PX'],
      ['w7-ssd', 'https://www.bilibili.com/video/BV1fT4y1L7Gi'],
      ['w7-retinanet', 'https://b23.tv/ZYCfd2'],
      ['w7-detection-basics', 'https://www.bilibili.com/video/BV1af4y1m7iL'],
    ];
    for (const [id, url] of wanted) {
      expect(code.has(url) || theory.has(url), url).toBe(true);
      expect(urlsOf(task(id)), id).toContain(url);
    }
  });

  it('gets the facts right', () => {
    const mobilenet = JSON.stringify(task('w6-mobilenet'));
    expect(mobilenet).toContain('ρ');
    expect(mobilenet).not.toContain('β');
    const titanic = task('w3-titanic').description;
    expect(titanic.zh).toContain('二分类');
    expect(titanic.en).toMatch(/classification/);
    expect(task('w3-house-prices').description.en).toMatch(/regression/);
    const template = task('w4-project-template').description;
    for (const pin of ['TensorFlow 1.4', 'Keras 2.1.5', 'PyTorch']) expect(template.en).toContain(pin);
    expect(task('w6-lenet').description.en).toContain('CIFAR-10');
    const python = task('w1-python-basics').checks![0]!;
    expect(python.minVersion).toBe('3.10');
    for (const text of [python.title.zh, python.title.en, python.hint.zh, python.hint.en]) expect(text).toContain('3.10');
    const detr = task('w7-detr');
    expect(detr.resources.find((r) => r.url === MLI)?.note?.zh).toContain('DETR 的逐段精读');
    expect(detr.paper?.code?.url).toBe('https://github.com/facebookresearch/detr');
  });

  it('keeps CSDN as advice, not as a resource, and links Google, ChatGPT and PyCharm', () => {
    const search = task('w1-search-skills');
    expect(search.description.zh).toContain('CSDN');
    expect(resources.some(({ resource }) => /CSDN/.test(resource.title.en) || resource.url?.includes('csdn'))).toBe(false);
    expect(search.resources.map((r) => r.url)).toEqual(expect.arrayContaining(['https://www.google.com/', 'https://chatgpt.com/']));
    expect(task('w2-jupyter').resources.map((r) => r.url)).toContain('https://www.jetbrains.com/pycharm/');
  });

  it('gives honest estimates: 5–8 h a network in week 6, the Transformer included in DETR', () => {
    for (const id of CLASSIFIERS) expect(task(id).estimateMinutes, id).toBeGreaterThanOrEqual(300);
    for (const id of CLASSIFIERS) expect(task(id).estimateMinutes, id).toBeLessThanOrEqual(480);
    expect(task('w7-detr').estimateMinutes).toBeGreaterThanOrEqual(480);
    expect(task('w7-detr').description.zh).toContain('Transformer');
  });

  it('keeps the text’s voice: engineering practice matters most, the Q&A keeps its question and tiers', () => {
    const w9 = roadmap.weeks.find((w) => w.id === 'w9+')!;
    expect(w9.goal.zh).not.toContain('有余力');
    expect(w9.goal.zh).toContain('更重要的是为产业赋能');
    expect(task('w9-engineering-practice').description.zh).toMatch(/^作者个人觉得/);
    const qa = roadmap.tips.find((t) => t.id === 'tip-not-just-tuning')!.text;
    for (const phrase of ['深度学习只是调参吗', '编故事', '这是水平最次的一个梯队', '数学功底', '自我感觉起飞', '大牛', '大师', '止步于第一个梯队']) {
      expect(qa.zh).toContain(phrase);
    }
    expect(qa.en).toContain('Is deep learning just tuning');
    expect(task('w3-ml-courses').description.zh).toContain('机器学习基本概念简介');
    expect(task('w3-ml-courses').description.zh).toContain('浅尝即止');
  });

  it.skipIf(!hasShared)('credits the people the text thanks, with its 友链', () => {
    expect(roadmap.credits?.thanks.zh).toContain('感谢');
    expect(roadmap.credits?.links.map((l) => l.url)).toEqual([
      'https://space.bilibili.com/1900783',
      'https://space.bilibili.com/18161609',
      'https://space.bilibili.com/203989554',
    ]);
    for (const link of roadmap.credits!.links) expect(listed.has(link.url!), link.url).toBe(true);
  });

  it.each([
    'Python',
    'conda',
    'Jupyter',
    'numpy',
    'pandas',
    'matplotlib',
    'Kaggle',
    'LeetCode',
    'Stack Overflow',
    'Google',
    'GPT',
    'CSDN',
    'PyCharm',
    '知乎',
    '吴恩达',
    '李宏毅',
    'sklearn',
    'Titanic',
    'House Prices',
    '同济子豪兄',
    '小土堆',
    '霹雳吧啦Wz',
    'DataLoader',
    'Tensor',
    'DL-Project-Template',
    'Mask R-CNN',
    'YOLO',
    'SSD',
    'RetinaNet',
    'DETR',
    '可解释性',
    '轻量化',
    '目标检测',
    '自顶向下',
    '导师',
    '小程序',
    '沐',
    '西瓜书',
    '花书',
    '精读AI论文',
    '论文',
    '源码',
    '调参',
    '梯度下降',
    '反向传播',
    '激活函数',
    'SVM',
  ])('names %s from the source text', (name) => {
    expect(JSON.stringify(roadmap).toLowerCase()).toContain(name.toLowerCase());
  });

  it('turns the closing advice and the Q&A into tips', () => {
    const tips = JSON.stringify(roadmap.tips);
    for (const phrase of ['浅尝即止', '先自己尝试从头编写', '调参', '自顶向下']) expect(tips).toContain(phrase);
    expect(roadmap.tips.length).toBeGreaterThanOrEqual(10);
  });
});
