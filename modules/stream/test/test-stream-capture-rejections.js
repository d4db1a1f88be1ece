'use strict';
// captureRejections: a rejected async listener destroys the stream.
const common = require('./fixtures/common');
const { Readable } = require('stream');

const r = new Readable({ read() {}, captureRejections: true });
r.on('data', async () => { throw new Error('async listener failed'); });
r.on('error', common.expectsError({ message: 'async listener failed' }));
r.on('close', common.mustCall());
r.push('x');
