'use strict';
// Runs bench/stream_bench.js under node with require('stream') served by
// this plugin (via the harness loader) instead of node's own.
//
//   node bench-under-node.js [filter]

const Module = require('module');
const path = require('path');
const loader = require('./loader');

const ours = new Set(['stream', 'node:stream', 'stream/promises', 'node:stream/promises']);
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  if (ours.has(request)) return loader.require(request);
  return originalLoad.call(this, request, parent, isMain);
};

process.argv.splice(1, 1, path.join(__dirname, '..', 'bench', 'stream_bench.js'));
require(path.join(__dirname, '..', 'bench', 'stream_bench.js'));
