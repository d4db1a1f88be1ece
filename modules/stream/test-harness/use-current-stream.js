'use strict';
// Preload (node -r / mosaic -r): require('stream') & co. come from this
// plugin's current sources through function-loader.js.

const Module = require('module');
const loader = require('./function-loader');

const ours = new Set([
  'stream', 'stream/promises', '_stream_readable', '_stream_writable',
  '_stream_duplex', '_stream_transform', '_stream_passthrough', '_stream_wrap',
]);
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  const id = typeof request === 'string' && request.startsWith('node:') ? request.slice(5) : request;
  if (ours.has(id)) return loader.require(id);
  return Reflect.apply(originalLoad, this, arguments);
};
