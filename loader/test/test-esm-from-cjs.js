// import() from CommonJS resolves against the calling file.
(async () => {
  console.log((await import('./fixtures/esm-entry.mjs')).default[0]);
  console.log((await import('./fixtures/node_modules/pkg-index/index.js')).default);
})();
