'use strict';
// os.networkInterfaces: entries with family, cidr and (IPv6) scopeid.
const assert = require('assert');
const os = require('os');

const interfaces = os.networkInterfaces();
for (const [name, entries] of Object.entries(interfaces)) {
  assert.ok(Array.isArray(entries), name);
  for (const entry of entries) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.strictEqual(typeof entry.internal, 'boolean');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    if (entry.cidr !== null) assert.ok(entry.cidr.startsWith(`${entry.address}/`));
  }
}
const loopback = Object.values(interfaces).flat().find((e) => e.address === '127.0.0.1');
if (loopback) {
  assert.strictEqual(loopback.cidr, '127.0.0.1/8');
  assert.strictEqual(loopback.internal, true);
}
