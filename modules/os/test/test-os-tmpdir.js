'use strict';
// os.tmpdir: TMPDIR, TMP, TEMP, then /tmp; one trailing slash dropped.
const assert = require('assert');
const os = require('os');

const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
try {
  delete process.env.TMPDIR;
  delete process.env.TMP;
  delete process.env.TEMP;
  assert.strictEqual(os.tmpdir(), '/tmp');
  process.env.TEMP = '/temp/';
  assert.strictEqual(os.tmpdir(), '/temp');
  process.env.TMP = '/tmpx';
  assert.strictEqual(os.tmpdir(), '/tmpx');
  process.env.TMPDIR = '/';
  assert.strictEqual(os.tmpdir(), '/');
} finally {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}
