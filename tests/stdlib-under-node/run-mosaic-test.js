'use strict';
// Runs one Mosaic-side test file (modules/<name>/test/test-*.js) under the
// system node with require('assert' | 'assert/strict' | 'util' |
// 'util/types' | 'os') answered by Mosaic's implementations.
// Usage: node --expose-internals tests/stdlib-under-node/run-mosaic-test.js FILE

const Module = require('module');
const path = require('path');
const loader = require('./loader');

const OURS = new Set(['assert', 'assert/strict', 'util', 'util/types', 'os']);
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const name = request.startsWith('node:') ? request.slice(5) : request;
  if (OURS.has(name)) return loader.require(name);
  return Reflect.apply(originalLoad, this, [request, parent, isMain]);
};

const file = path.resolve(process.argv[2]);
process.argv.splice(1, 2, file);
require(file);
