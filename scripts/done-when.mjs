// Writes data/done-when/<task id>.json from data/study.json: each task's doneWhen alone, in a file of its
// own, which is all `roadmap today` needs (it reads the one file of the task in focus: a kilobyte, not the
// 54 KB of all of them, nor study.json's questions). test/commands/quiz.test.ts checks that the folder and
// study.json agree. Run it after editing study.json: node scripts/done-when.mjs
import fs from 'node:fs';
import path from 'node:path';

const DIR = 'data/done-when';
const study = JSON.parse(fs.readFileSync('data/study.json', 'utf8'));
const wanted = new Map();
for (const [id, entry] of Object.entries(study)) if (id !== '_about') wanted.set(`${id}.json`, `${JSON.stringify(entry.doneWhen)}\n`);
fs.mkdirSync(DIR, { recursive: true });
for (const name of fs.readdirSync(DIR)) if (!wanted.has(name)) fs.rmSync(path.join(DIR, name));
for (const [name, text] of wanted) fs.writeFileSync(path.join(DIR, name), text);
