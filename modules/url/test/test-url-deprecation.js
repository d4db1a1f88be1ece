'use strict';
// Deprecations of the legacy parser in Node 20: DEP0170 (a host followed by
// ':' and something that is not a port) is emitted once per process, with
// the input in its message; DEP0169 (url.parse itself) only under
// --pending-deprecation, so not here.
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

const first = url.parse('http://a.com:80abc/x');
assert.strictEqual(first.hostname, 'a.com');
assert.strictEqual(first.port, null);
assert.strictEqual(first.pathname, '/:80abc/x');
assert.strictEqual(first.href, 'http://a.com/:80abc/x');
url.parse('http://b.com:x/');
url.parse('http://c.com/');
url.format('http://d.com/');
url.resolve('http://e.com/', 'f');

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  const [warning] = warnings;
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0170');
  assert.strictEqual(warning.message,
                     'The URL http://a.com:80abc/x is invalid. Future versions of Node.js will throw an error.');
});
