// import() of a module whose body is still running (itself, through a
// cycle, or across top-level await) settles once that body has finished,
// as in node; V8 aborted the process before. Output recorded from node.
await import('./fixtures/import-cycle/self.mjs');
console.log('self import:', await globalThis.selfImport);
await import('./fixtures/import-cycle/a.mjs');
console.log('cycle import:', await globalThis.cycleImport);
await import('./fixtures/import-cycle/tla.mjs');
console.log('tla import:', await globalThis.tlaImport);
