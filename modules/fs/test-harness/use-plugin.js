'use strict';
// Preload (node -r ./use-plugin.js script.js): makes require('fs'),
// require('node:fs'), require('fs/promises') and require('node:fs/promises')
// return the Mosaic fs plugin loaded under node (see loader.js), so the
// plugin's test/ files can run against it. Node's own internals keep using
// node's fs.
const Module = require('module');
const { loadFs } = require('./loader');

const { fs, promises } = loadFs();
const ids = new Map([
  ['fs', fs], ['node:fs', fs], ['fs/promises', promises], ['node:fs/promises', promises],
]);
const load = Module._load;
Module._load = function(request, parent, isMain) {
  const hit = ids.get(request);
  if (hit !== undefined) return hit;
  return load.call(this, request, parent, isMain);
};
