// require() of an ES module file fails with ERR_REQUIRE_ESM (Node 20.11).
try {
  require('./fixtures/esm-only/entry.mjs');
  console.log('loaded');
} catch (e) {
  console.log(e.code);
}
