// The bundled roadmap: well-formed, bilingual, real addresses, and faithful to the source text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../data/roadmap.json' with { type: 'json' };
import type { Localized, Roadmap } from '../src/core/types.ts';
import { allTasks } from '../src/core/roadmap.ts';

const roadmap = roadmapJson as Roadmap;
const KINDS = ['video', 'course', 'paper', 'code', 'doc', 'book', 'exercise', 'site'];
const sharedResources = path.resolve(import.meta.dirname, '../../shared/resources.md');

function localizedTexts(value: unknown, where: string, out: { where: string; text: Localized }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => localizedTexts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('zh' in obj || 'en' in obj) out.push({ where, text: obj as unknown as Localized });
    else for (const [k, v] of Object.entries(obj)) localizedTexts(v, `${where}.${k}`, out);
  }
  return out;
}

describe('bundled roadmap', () => {
  const tasks = allTasks(roadmap).map((p) => p.task);
  const resources = tasks.flatMap((t) => t.resources);

  it('has a format version and the weekly route 1, 2, 3, 4-5, 6, 7-8, 9+', () => {
    expect(roadmap.formatVersion).toBe(1);
    expect(roadmap.weeks.map((w) => [w.from, w.to])).toEqual([[1, 1], [2, 2], [3, 3], [4, 5], [6, 6], [7, 8], [9, null]]);
  });

  it('has unique, typable ids', () => {
    const ids = [...roadmap.weeks.map((w) => w.id), ...tasks.map((t) => t.id), ...roadmap.tips.map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tasks) expect(t.id).toMatch(/^w\d+-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has zh and en everywhere', () => {
    const texts = localizedTexts(roadmap, 'roadmap');
    expect(texts.length).toBeGreaterThan(200);
    for (const { where, text } of texts) {
      expect(text.zh?.trim(), `${where}.zh`).toBeTruthy();
      expect(text.en?.trim(), `${where}.en`).toBeTruthy();
      expect(/[\u4e00-\u9fff]/.test(text.en) && !/[a-zA-Z]/.test(text.en), `${where}.en looks untranslated`).toBe(false);
    }
    for (const t of tasks) expect(/[\u4e00-\u9fff]/.test(t.description.zh), `${t.id} zh description is Chinese`).toBe(true);
  });

  it('gives every task an estimate and every resource a known kind and an http(s) URL when it has one', () => {
    for (const t of tasks) expect(Number.isInteger(t.estimateMinutes) && t.estimateMinutes > 0, t.id).toBe(true);
    for (const r of resources) {
      expect(KINDS).toContain(r.kind);
      if (r.url !== undefined) expect(['http:', 'https:']).toContain(new URL(r.url).protocol);
    }
  });

  it.skipIf(!fs.existsSync(sharedResources))('uses only addresses listed in shared/resources.md', () => {
    // Some rows add a remark after the address ("… (v2)"): compare with the addresses written out.
    const listed = new Set(fs.readFileSync(sharedResources, 'utf8').match(/https?:\/\/[^\s|)]+/g));
    // Folders of 霹雳吧啦Wz's repository, which resources.md lists, are the one exception.
    const folder = (url: string) => url.startsWith('https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/tree/master/');
    for (const r of resources) if (r.url) expect(listed.has(r.url) || folder(r.url), r.url).toBe(true);
  });

  it('fills in week 6 with the classic networks and says so', () => {
    const w6 = roadmap.weeks.find((w) => w.from === 6)!;
    expect(w6.filledIn?.en).toBeTruthy();
    const text = JSON.stringify(w6);
    for (const name of ['LeNet', 'AlexNet', 'GoogLeNet', 'ResNet', 'MobileNet', 'ShuffleNet', 'EfficientNet']) expect(text).toContain(name);
  });

  it.each([
    'Python', 'conda', 'Jupyter', 'numpy', 'pandas', 'matplotlib', 'Kaggle', 'LeetCode', 'Stack Overflow', 'Google', 'GPT', 'CSDN',
    'PyCharm', '知乎', '吴恩达', '李宏毅', 'sklearn', 'Titanic', 'House Prices', '同济子豪兄', '小土堆', '霹雳吧啦Wz', 'DataLoader', 'Tensor',
    'DL-Project-Template', 'Mask R-CNN', 'YOLO', 'SSD', 'RetinaNet', 'DETR', '可解释性', '轻量化', '目标检测', '自顶向下', '导师', '小程序',
    '沐', '西瓜书', '花书', '精读AI论文', '论文', '源码', '调参', '梯度下降', '反向传播', '激活函数', 'SVM',
  ])('names %s from the source text', (name) => {
    expect(JSON.stringify(roadmap).toLowerCase()).toContain(name.toLowerCase());
  });

  it('turns the closing advice and the Q&A into tips', () => {
    const tips = JSON.stringify(roadmap.tips);
    for (const phrase of ['浅尝即止', '先自己尝试从头编写', '调参', '自顶向下']) expect(tips).toContain(phrase);
    expect(roadmap.tips.length).toBeGreaterThanOrEqual(10);
  });
});
