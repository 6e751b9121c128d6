#!/usr/bin/env node
// roadmap's command. A CommonJS file (bin/package.json says so): Node starts a CommonJS entry a few
// milliseconds sooner than an ES module, and everything after it is CommonJS too, so that it can go
// through roadmap's compile cache (src/boot/compile-cache.ts).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const dist = path.join(__dirname, '..', 'dist');
if (!fs.existsSync(path.join(dist, 'main.cjs'))) {
  process.stderr.write(`roadmap: not built (${path.join(dist, 'main.cjs')} is missing): run 'npm install' or 'npm run build' in ${path.dirname(dist)}.\n`);
  process.exit(1);
}
require(path.join(dist, 'boot.cjs')).start(path.join(dist, 'main.cjs'));
