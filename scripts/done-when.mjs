// Writes data/done-when.json from data/study.json: each task's doneWhen alone, which is all `roadmap
// today` needs (a tenth of the size, so its start-up does not parse the questions). test/study.test.ts
// checks that the two agree. Run it after editing study.json: node scripts/done-when.mjs
import fs from 'node:fs';

const study = JSON.parse(fs.readFileSync('data/study.json', 'utf8'));
const doneWhen = {};
for (const [id, entry] of Object.entries(study)) if (id !== '_about') doneWhen[id] = entry.doneWhen;
fs.writeFileSync('data/done-when.json', `${JSON.stringify(doneWhen)}\n`);
