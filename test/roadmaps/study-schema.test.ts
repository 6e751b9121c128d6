// A custom roadmap may carry its own doneWhen and questions on each task: the roadmap schema holds
// data/study.schema.json's fragment, and question ids are unique across the roadmap (cards are keyed by them).
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import schema from '../../data/roadmap.schema.json' with { type: 'json' };
import studySchema from '../../data/study.schema.json' with { type: 'json' };
import study from '../../data/study.json' with { type: 'json' };
import { parseRoadmapText } from '../../src/roadmaps/validate.ts';

/** The bundled roadmap with every task's study content written into it, as a custom roadmap would hold it. */
function withAllStudy(): Record<string, any> {
  const copy = structuredClone(roadmapJson) as Record<string, any>;
  for (const week of copy.weeks) for (const task of week.tasks) Object.assign(task, (study as Record<string, unknown>)[task.id]);
  return copy;
}

describe('study content in a roadmap file', () => {
  it('the roadmap schema has the study fragment as it is', () => {
    expect(schema.$defs.task.properties.doneWhen).toEqual(studySchema.properties.doneWhen);
    expect(schema.$defs.task.properties.questions).toEqual(studySchema.properties.questions);
    expect(schema.$defs.question).toEqual(studySchema.$defs.question);
  });

  it('accepts the whole of data/study.json on the tasks', () => {
    const result = parseRoadmapText(JSON.stringify(withAllStudy()), 'mine.json');
    expect(result.problems).toEqual([]);
    expect(result.roadmap!.weeks[4]!.tasks.find((t) => t.id === 'w6-resnet')!.questions).toHaveLength(study['w6-resnet'].questions.length);
  });

  it('names a question id used twice, and a question without its answer', () => {
    const data = withAllStudy();
    const resnet = data.weeks.flatMap((w: any) => w.tasks).find((t: any) => t.id === 'w6-resnet');
    const lenet = data.weeks.flatMap((w: any) => w.tasks).find((t: any) => t.id === 'w6-lenet');
    const lenetAt = data.weeks.findIndex((w: any) => w.tasks.includes(lenet));
    const resnetAt = data.weeks.findIndex((w: any) => w.tasks.includes(resnet));
    resnet.questions[1].id = 'w6-lenet-q1';
    delete resnet.questions[2].answer;
    const t = (task: unknown) => data.weeks[resnetAt].tasks.indexOf(task);
    const problems = parseRoadmapText(JSON.stringify(data), 'mine.json').problems;
    expect(problems).toEqual([
      `weeks[${resnetAt}].tasks[${t(resnet)}].questions[1].id: duplicate id "w6-lenet-q1" (also at weeks[${lenetAt}].tasks[${data.weeks[lenetAt].tasks.indexOf(lenet)}].questions[0])`,
      `weeks[${resnetAt}].tasks[${t(resnet)}].questions[2]: missing "answer"`,
    ]);
  });
});
