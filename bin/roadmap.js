#!/usr/bin/env node
// roadmap's command. A CommonJS file (bin/package.json says so): Node starts a CommonJS entry a few
// milliseconds sooner than an ES module, and everything after it is CommonJS too, so that it can go
// through roadmap's compile cache (src/boot/compile-cache.ts).
'use strict';
require('../dist/boot.cjs').start(require('node:path').join(__dirname, '..', 'dist', 'main.cjs'));
