// A roadmap's addresses are checked when the file is used, as `open` would check them later.
import { describe, expect, it } from 'vitest';
import { parseRoadmapText } from '../../src/roadmaps/validate.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

function withUrl(url: string) {
  const roadmap = structuredClone(fixtureRoadmap);
  roadmap.weeks[0]!.tasks[0]!.resources[0]!.url = url;
  return parseRoadmapText(JSON.stringify(roadmap), 'lab.json').problems.join('\n');
}

describe('resource addresses in a roadmap file', () => {
  it.each([
    ['https://docs.python.org/3/ tutorial', /weeks\[0\]\.tasks\[0\]\.resources\[0\]\.url: must not contain spaces or control characters/],
    ['https://docs.python.org/\u001b]8;;https://evil.example\u0007', /must not contain spaces or control characters/],
    ['https://docs.python.org/\u202eexe.txt', /must not contain spaces or control characters/],
    ['https://docs.python.org@evil.example/', /must not carry a user name or password before the host/],
    ['https://user:secret@example.com/', /must not carry a user name or password/],
    ['javascript:alert(1)', /must be an http\(s\) URL/],
  ])('%j is refused', (url, problem) => {
    expect(withUrl(url)).toMatch(problem);
  });

  it('an ordinary address passes', () => {
    expect(withUrl('https://docs.python.org/3/tutorial/index.html?x=1#y')).toBe('');
  });
});
