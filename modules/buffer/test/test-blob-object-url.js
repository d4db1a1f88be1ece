'use strict';
// Object URLs: URL.createObjectURL registers a Blob under a random
// blob:nodedata: URL, buffer.resolveObjectURL gives a Blob with its bytes
// and type until URL.revokeObjectURL.
const assert = require('assert');
const { Blob, resolveObjectURL } = require('buffer');

const blob = new Blob(['hello ', 'object url'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
assert.match(url, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(URL.createObjectURL(blob), url);  // every call a new id

const resolved = resolveObjectURL(url);
assert.ok(resolved instanceof Blob);
assert.notStrictEqual(resolved, blob);
assert.strictEqual(resolved.size, blob.size);
assert.strictEqual(resolved.type, 'text/plain');
assert.strictEqual(resolveObjectURL(new URL(url)).size, blob.size);  // stringified

for (const other of [undefined, 'garbage', 'blob:nodedata:nope', `${url}x`,
                     url.replace('nodedata', 'other'), 'blob:nodedata:a:b']) {
  assert.strictEqual(resolveObjectURL(other), undefined, String(other));
}

// Revoking unknown or malformed URLs is not an error.
URL.revokeObjectURL('garbage');
URL.revokeObjectURL(`${url}x`);
assert.ok(resolveObjectURL(url) instanceof Blob);
URL.revokeObjectURL(url);
assert.strictEqual(resolveObjectURL(url), undefined);

assert.throws(() => URL.revokeObjectURL(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "url" argument must be specified',
});
for (const [value, received] of [['x', "type string ('x')"], [undefined, 'undefined'],
                                 [new Uint8Array(1), 'an instance of Uint8Array']]) {
  assert.throws(() => URL.createObjectURL(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "obj" argument must be an instance of Blob. Received ${received}`,
  });
}

for (const name of ['createObjectURL', 'revokeObjectURL']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL, name);
  assert.strictEqual(typeof descriptor.value, 'function');
  assert.strictEqual(descriptor.value.length, 1);
  assert.strictEqual(descriptor.enumerable, true);
}

resolved.text().then((text) => assert.strictEqual(text, 'hello object url'));
