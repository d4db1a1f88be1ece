'use strict';
// The first JavaScript the runtime runs: builds the internal module system,
// `process`, the globals and the loop callbacks, then starts the main program.
// Called as (exports, compileInternal, undefined, internalBinding).

const compileInternal = require;
const moduleCache = new Map();

// Loads core-internal modules (`internal/...`) and public builtins.
function requireBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!id.startsWith('internal/')) {
    return requireBuiltin('internal/modules/builtins').requirePublic(id);
  }
  const mod = { exports: {}, id, loaded: false };
  moduleCache.set(id, mod);
  try {
    compileInternal(id)(mod.exports, requireBuiltin, mod, internalBinding);
  } catch (err) {
    moduleCache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

requireBuiltin('internal/modules/builtins').setInternalLoader(requireBuiltin);
const process = requireBuiltin('internal/process/object').createProcess();
globalThis.process = process;
requireBuiltin('internal/globals').install(globalThis, process);

const { processTicksAndRejections } = requireBuiltin('internal/process/task_queues');
const { processTimers, processImmediate } = requireBuiltin('internal/timers');
const { promiseRejectHandler } = requireBuiltin('internal/process/promises');
const { fatalException } = requireBuiltin('internal/process/execution');

internalBinding('runtime').setup({
  process,
  processTicksAndRejections,
  processTimers,
  processImmediate,
  fatalException,
  promiseRejectHandler,
  emitBeforeExit() {
    if (process._exiting) return;
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
  },
  emitExit() {
    process._exiting = true;
    const code = process.exitCode === undefined ? 0 : process.exitCode;
    process.emit('exit', code);
    return process.exitCode === undefined ? code : process.exitCode;
  },
});

requireBuiltin('internal/main').runMain(process);
