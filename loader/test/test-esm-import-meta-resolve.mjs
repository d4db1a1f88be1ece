// import.meta as node's: its keys in node's order, and resolve() computing
// a URL without loading: missing files and directories still resolve,
// URLs of other schemes and unknown node: names come back as given, a
// missing package throws ERR_MODULE_NOT_FOUND. Output recorded from node.
const base = new URL('./fixtures/meta-resolve/', import.meta.url).href;
console.log(Reflect.ownKeys(import.meta));
for (const specifier of ['./fixtures/meta-resolve/missing.mjs', './fixtures/meta-resolve/sub/',
  './fixtures/meta-resolve/sub', 'http://example.com/x.mjs', 'some://thing', 'node:nope', 'node:fs', 'fs']) {
  console.log(specifier, '->', import.meta.resolve(specifier).replace(base, '<base>/'));
}
try {
  import.meta.resolve('no-such-package-anywhere');
} catch (err) {
  console.log(err.code);
}
