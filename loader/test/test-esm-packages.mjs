// Bare specifiers from ES modules: "import" condition, scoped packages,
// type: module packages, relative paths into packages.
console.log((await import('./fixtures/esm-entry.mjs')).default);
console.log((await import('./fixtures/esm-only/entry.mjs')).default);
const direct = await import('./fixtures/node_modules/pkg-exports/src/hidden.js');
console.log('a relative path bypasses exports:', direct.default);
