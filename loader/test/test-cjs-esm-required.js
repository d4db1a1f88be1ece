// require() of ES modules (node >= 20.19): .mjs files, .js files of
// "type": "module" packages and untyped .js files with ES module syntax load
// synchronously; graphs with top-level await and cycles through require()
// are refused.
const dir = './fixtures/require-esm/';
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code || e.constructor.name, e.message.split('\n')[0]
      .replace(__dirname, '<dir>'));
  }
};

console.log(process.features.require_module);
const named = require(dir + 'named.mjs');
show('named', () => named);
show('same object', () => require(dir + 'named.mjs') === named);
show('sealed', () => Object.isExtensible(named));
const withDefault = require(dir + 'with-default.mjs');
show('with default', () => [withDefault.__esModule, withDefault.default(), withDefault.a]);
show('module.exports', () => require(dir + 'module-exports.mjs'));
show('own __esModule', () => require(dir + 'own-esmodule.mjs'));
show('typed package', () => require(dir + 'typed/index.js'));
show('typed imports cjs', () => require(dir + 'typed/imports-cjs.js'));
show('detected', () => require(dir + 'detected.js'));
show('extensionless typed', () => require(dir + 'typed/bin'));
show('extensionless cjs typed', () => require(dir + 'typed/cjs-bin'));
show('extensionless detected', () => require(dir + 'bin'));
show('cached', () => require.cache[require.resolve(dir + 'named.mjs')].exports === named);
show('tla', () => require(dir + 'tla.mjs'));
show('imports tla', () => require(dir + 'imports-tla.mjs'));
show('throws', () => require(dir + 'throws.mjs'));
show('throws again', () => require(dir + 'throws.mjs'));
show('evaluated once', () => globalThis.throwsRuns);
show('cycle', () => require(dir + 'cycle-a.mjs'));
show('esm entry', () => Object.keys(require('./fixtures/esm-only/entry.mjs')));
import(dir + 'with-default.mjs').then((ns) => {
  console.log('import() shares the module', ns.default === withDefault.default, ns !== withDefault);
});
