'use strict';
// duplexPair(): what one side writes the other reads.
const common = require('./fixtures/common');
const assert = require('assert');
const { duplexPair } = require('stream');

const [a, b] = duplexPair();
b.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'ping')));
a.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'pong')));
a.write('ping');
b.write('pong');
