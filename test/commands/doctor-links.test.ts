// roadmap doctor --links against a server on 127.0.0.1: dead links fail the run, moved ones are reported.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/commands/doctor.ts';
import { RoadmapError } from '../../src/errors.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200).end('ok');
    else if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
    else if (req.url === '/new') res.writeHead(200).end('new');
    else res.writeHead(404).end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function roadmapWith(urls: string[]): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  r.weeks[0]!.tasks[0]!.resources = urls.map((url, i) => ({ title: { en: `r${i}`, zh: `资源${i}` }, kind: 'doc', url, language: 'en' }));
  r.weeks[0]!.tasks[1]!.resources = [];
  r.weeks[1]!.tasks[0]!.resources = [];
  return r;
}

describe('doctor --links', () => {
  it('reports dead and moved links and exits 1 when one is dead', async () => {
    const f = fakeDeps({ roadmap: roadmapWith([`${base}/ok`, `${base}/old`, `${base}/gone`]) });
    await expect(doctorCommand({ links: true }, f.deps)).rejects.toThrow(RoadmapError);
    const out = f.stdout();
    expect(out).toContain('Checked 3 links: 1 ok, 1 moved, 1 dead');
    expect(out).toContain(`${base}/gone`);
    expect(out).toContain(`→ ${base}/new`);
    expect(out).not.toContain(`${base}/ok `);
  });

  it('passes when every link answers, with JSON', async () => {
    const f = fakeDeps({ roadmap: roadmapWith([`${base}/ok`, `${base}/old`]) });
    await doctorCommand({ links: true, json: true }, f.deps);
    const json = JSON.parse(f.stdout());
    expect(json.results.map((r: { status: string }) => r.status)).toEqual(['ok', 'moved']);
    expect(json.results[0].usedBy).toEqual(['w1-basics']);
  });
});

describe('doctor --links with no network', () => {
  it('says you seem to be offline instead of calling every link dead', async () => {
    // A port nothing listens on: every request is refused, as when there is no network.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const f = fakeDeps({ roadmap: roadmapWith([`http://127.0.0.1:${port}/a`, `http://127.0.0.1:${port}/b`]) });
    await expect(doctorCommand({ links: true }, f.deps)).rejects.toThrow(
      /None of the 2 links could be reached, each for want of a network: you seem to be offline/,
    );
    expect(f.stdout()).not.toMatch(/dead/);
  });
});
