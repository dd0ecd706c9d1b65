#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI straight from src/ so `npx cellpath` works right after `npm ci`,
// with no build step: tsx compiles each module on first load and caches the result.
require('tsx/cjs/api').register();
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2));
