'use strict';
// The first JavaScript the runtime runs: builds the internal module system,
// `process` and the globals, and exports startExecution(), which wires this
// run's state and starts the main program. Everything before
// startExecution() may be captured in the start-up snapshot, so it must not
// depend on this run (argv, environment, file descriptors, pids).
// Called as (exports, compileInternal, undefined, createBinding).

const compileInternal = require;
const createBinding = internalBinding;
const { getInternalSource } = exports;
const moduleCache = new Map();
const bindingCache = new Map();

// internalBinding(name) for core modules: each binding is created once and
// cached here, in JS, so the cache is part of the snapshot too.
function cachedBinding(name) {
  let binding = bindingCache.get(name);
  if (binding === undefined) {
    binding = createBinding(name);
    bindingCache.set(name, binding);
  }
  return binding;
}

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
    if (id.endsWith('.json')) {
      mod.exports = JSON.parse(getInternalSource(id));
    } else {
      const localRequire = id.startsWith('internal/deps/') ? depsRequire(id) : requireBuiltin;
      compileInternal(id)(mod.exports, localRequire, mod, cachedBinding);
    }
  } catch (err) {
    moduleCache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// npm packages embedded under internal/deps/<package>/ require each other
// by package name and their own files by relative path (tr46 through
// internal/lazy_tr46, which defers its Unicode tables).
function depsRequire(fromId) {
  const dir = fromId.slice(0, fromId.lastIndexOf('/'));
  return function require(specifier) {
    let id;
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      const parts = dir.split('/');
      for (const part of specifier.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
      }
      id = parts.join('/');
    } else if (specifier === 'tr46') {
      return requireBuiltin('internal/lazy_tr46');
    } else {
      const name = specifier.replace(/\/$/, '');
      const pkg = requireBuiltin(`internal/deps/${name}/package.json`);
      id = `internal/deps/${name}/${(pkg.main || 'index.js').replace(/^\.\//, '')}`;
    }
    if (id.endsWith('.js')) id = id.slice(0, -3);
    return requireBuiltin(id);
  };
}

// Node 20 has the explicit-resource-management symbols (its own, described
// as nodejs.*); V8 10.2 does not.
for (const name of ['dispose', 'asyncDispose']) {
  if (Symbol[name] === undefined) {
    Object.defineProperty(Symbol, name, { __proto__: null, value: Symbol(`nodejs.${name}`) });
  }
}

requireBuiltin('internal/modules/builtins').setInternalLoader(requireBuiltin);
const process = requireBuiltin('internal/process/object').createProcess();
globalThis.process = process;
requireBuiltin('internal/globals').install(globalThis, process);

const { processTicksAndRejections } = requireBuiltin('internal/process/task_queues');
const { processTimers, processImmediate } = requireBuiltin('internal/timers');
const { promiseRejectHandler } = requireBuiltin('internal/process/promises');
const { fatalException } = requireBuiltin('internal/process/execution');
// Every run needs the module loader and the CommonJS loader behind it (their
// top levels hold no per-run state: run_info and Module._configure() get it).
requireBuiltin('internal/main');
requireBuiltin('internal/run_info');
requireBuiltin('internal/modules/cjs/loader');
requireBuiltin('internal/modules/cjs/main_module');
// ...and what loading any plugin needs, compiled eagerly here rather than
// function by function at run time.
requireBuiltin('internal/modules/plugins');
requireBuiltin('internal/modules/semver');
requireBuiltin('internal/modules/addons');
requireBuiltin('internal/util/types');

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
}

function emitExit() {
  process._exiting = true;
  const code = process.exitCode === undefined ? 0 : process.exitCode;
  process.emit('exit', code);
  return process.exitCode === undefined ? code : process.exitCode;
}

// Per run: this process's values, the loop callbacks, then the program.
function startExecution() {
  const info = cachedBinding('process').getRunInfo();
  requireBuiltin('internal/run_info').set(info);
  requireBuiltin('internal/process/object').prepareProcess(process, info);
  const runtime = cachedBinding('runtime');
  runtime.setup({
    process,
    tickInfo: runtime.tickInfo,
    immediateInfo: runtime.immediateInfo,
    processTicksAndRejections,
    processTimers,
    processImmediate,
    fatalException,
    promiseRejectHandler,
    emitBeforeExit,
    emitExit,
  });
  requireBuiltin('internal/main').runMain(process, info);
}

// The snapshot holds what every run needs (loaded above); optional modules
// (console, inspect, ...) stay out so a process that never uses them stays
// small, and come from the code cache when first used.
exports.startExecution = startExecution;
