#!/usr/bin/env node
// roadmap's command. A CommonJS file (bin/package.json says so): Node starts a CommonJS entry a few
// milliseconds sooner than an ES module, and everything after it is CommonJS too, so that it can go
// through roadmap's compile cache (src/boot/compile-cache.ts). A copy that was never built says so.
'use strict';
const path = require('node:path');
const main = path.join(__dirname, '..', 'dist', 'main.cjs');
if (require('node:fs').existsSync(main)) require('../dist/boot.cjs').start(main);
else {
  process.stderr.write(`roadmap: not built (${main} is missing): run 'npm install' or 'npm run build' in ${path.dirname(__dirname)}.\n`);
  process.exitCode = 1;
}
