'use strict';
// Preload (node -r) that makes require('events'|'path'|'querystring'|
// 'string_decoder') (and their node: forms) return Mosaic's modules, so
// the modules/<name>/test files can run against them under node.
const Module = require('module');
const { require: mrequire } = require('./loader');

const ours = new Set(['events', 'path', 'querystring', 'string_decoder']);
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (ours.has(id)) return mrequire(id);
  if (id === 'path/posix') return mrequire('path').posix;
  if (id === 'path/win32') return mrequire('path').win32;
  return originalLoad.call(this, request, parent, isMain);
};
