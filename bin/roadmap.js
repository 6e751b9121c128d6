#!/usr/bin/env node
import module from 'node:module';
// Node 22.1+ caches compiled code between runs; older Node simply goes without.
module.enableCompileCache?.();
const { main } = await import('../dist/main.js');
await main();
