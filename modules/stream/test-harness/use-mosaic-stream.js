'use strict';
// Preload (node -r) that serves require('stream') & co. from this plugin
// (through the harness loader) instead of node's own.

const Module = require('module');
const loader = require('./loader');

// events too: the plugin's streams are Mosaic EventEmitters.
const ours = new Set([
  'stream', 'stream/promises', '_stream_readable', '_stream_writable',
  '_stream_duplex', '_stream_transform', '_stream_passthrough', 'events',
]);
if (process.env.MOSAIC_STREAM_USE_NODE_EVENTS === '1') ours.delete('events');
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (ours.has(id)) return loader.require(id);
  return originalLoad.call(this, request, parent, isMain);
};
