'use strict';
// util.MIMEType / MIMEParams: WHATWG MIME type parsing and serialization.
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const m = new MIMEType(' TEXT/HTML ; Charset="utf-8" ; foo ; a="b\\"c"; x=;y=""');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['a', 'b"c'], ['y', '']]);
assert.strictEqual(String(m), 'text/html;charset=utf-8;a="b\\"c";y=""');
assert.strictEqual(JSON.stringify(m), JSON.stringify(String(m)));

m.params.set('q', 'needs quote');
m.params.delete('a');
assert.strictEqual(m.params.get('q'), 'needs quote');
assert.strictEqual(m.params.get('missing'), null);
assert.strictEqual(m.toString(), 'text/html;charset=utf-8;y="";q="needs quote"');
m.type = 'IMAGE';
assert.strictEqual(m.essence, 'image/html');

assert.throws(() => new MIMEType('te xt/html'), {
  code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError',
  message: 'The MIME syntax for a type in "te xt/html" is invalid at 2',
});
assert.throws(() => new MIMEType('text'), { message: 'The MIME syntax for a type in "text" is invalid' });
assert.throws(() => m.params.set('a b', 'x'), {
  message: 'The MIME syntax for a parameter name in "a b" is invalid at 1',
});
const params = new MIMEParams();
params.set('k', 'v');
assert.strictEqual(params.toString(), 'k=v');
