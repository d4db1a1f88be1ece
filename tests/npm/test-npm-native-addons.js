// Node-API addons from npm, loaded unmodified through their own loaders
// (node-gyp-build for bufferutil / utf-8-validate, napi-rs for xxhash).
const bufferutil = require('bufferutil');
const isValidUTF8 = require('utf-8-validate');
const { xxh32, xxh64, xxh3, Xxh64 } = require('@node-rs/xxhash');

const source = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
const mask = Buffer.from([0xaa, 0xbb, 0xcc, 0xdd]);
const output = Buffer.alloc(8);
bufferutil.mask(source, mask, output, 0, 8);
console.log(output.toString('hex'));
bufferutil.unmask(output, mask);
console.log(output.equals(source));

console.log(isValidUTF8(Buffer.from('héllo wörld')), isValidUTF8(Buffer.from([0xff, 0xfe])));

console.log(xxh32('hello'), xxh32(Buffer.from('hello'), 42));
console.log(xxh64('hello').toString(16), xxh3.xxh64('hello').toString(16));
const hasher = new Xxh64();
hasher.update('hel').update('lo');
console.log(hasher.digest() === xxh64('hello'));
