'use strict';
// Starts the main program: a script file, -e / -p code, or stdin.

const { runScript } = internalBinding('loader');

let runInfo;  // this run's options (internal/run_info)

function esmLoader() {
  const loader = require('internal/modules/esm/loader');
  loader.configure({ preserveSymlinks: runInfo.preserveSymlinks });
  return loader;
}

function runMain(process, info) {
  runInfo = info;
  const Module = require('internal/modules/cjs/loader');
  Module._configure({
    preserveSymlinks: runInfo.preserveSymlinks,
    preserveSymlinksMain: runInfo.preserveSymlinksMain,
  });
  // import() and import.meta load the ES module loader only when used.
  internalBinding('modules').setCallbacks(
    (specifier, referrer, type) => esmLoader().importModuleDynamically(specifier, referrer, type),
    (meta, url) => esmLoader().initializeImportMeta(meta, url));
  for (const request of runInfo.preloadModules) {
    Module._load(request, null, false);
  }
  switch (runInfo.mainMode) {
    case 'script':
      runScriptFile(Module, runInfo.mainScript);
      break;
    case 'eval':
    case 'print':
      if (runInfo.inputType === 'module') {
        esmLoader().runMainSource(runInfo.evalSource, '[eval1]');
      } else {
        evalSource(Module, runInfo.evalSource, runInfo.mainMode === 'print', '[eval]');
      }
      break;
    case 'stdin': {
      const source = internalBinding('process').readStdinSync();
      if (runInfo.inputType === 'module') esmLoader().runMainSource(source, '[stdin]');
      else evalSource(Module, source, false, '[stdin]');
      break;
    }
    case 'plugins':
      require('internal/modules/plugins').printPlugins();
      break;
    default:
      break;
  }
}

function runScriptFile(Module, script) {
  const path = require('internal/path');
  const filename = path.resolve(script);
  process.argv[1] = filename;
  if (isModuleEntry(filename)) {
    esmLoader().runMainModule(runInfo.preserveSymlinksMain ? filename : realpathOr(filename));
    return;
  }
  Module.runMain(filename);
}

function realpathOr(filename) {
  try {
    return internalBinding('loader').realpath(filename);
  } catch {
    return filename;
  }
}

// An entry point of a "type": "module" package runs as an ES module unless
// its extension says otherwise (the ESM loader refuses unknown ones).
function isModuleEntry(filename) {
  const path = require('internal/path');
  const ext = path.extname(filename);
  if (ext === '.mjs') return true;
  if (ext === '.cjs' || ext === '.json' || ext === '.node') return false;
  const { internalModuleStat } = internalBinding('loader');
  if (internalModuleStat(filename) !== 0) return false;
  const { findPackageScope } = require('internal/modules/package_resolve');
  const scope = findPackageScope(path.dirname(filename));
  return scope !== undefined && scope.type === 'module';
}

// -e / -p / stdin code runs as a CommonJS module named [eval] in the cwd,
// with require/module/exports/__filename/__dirname visible as globals.
function evalSource(Module, source, print, name) {
  const path = require('internal/path');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const userRequire = Module.createRequire(path.join(cwd, name));
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = userRequire;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  addBuiltinModulesToGlobal(Module, userRequire);
  const result = runScript(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

// As in node, -e / -p / stdin code sees the builtin modules as globals
// (`fs`, `os`, ...), loaded on first use; assigning one replaces it.
// Modules with an underscore or a slash in their name, names already taken
// (console, process, module) and modules this runtime was composed without
// are left out (so `typeof http` is 'undefined' there instead of throwing).
// `crypto` is the exception: node's -e sees the module there, not Web Crypto.
function addBuiltinModulesToGlobal(Module, userRequire) {
  const { isAvailable } = require('internal/modules/builtins');
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || name.includes('/') || !isAvailable(name) ||
        (Object.hasOwn(globalThis, name) && name !== 'crypto')) {
      continue;
    }
    const setReal = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() {
        const lib = userRequire(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, get: () => lib, set: setReal, configurable: true, enumerable: false,
        });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

module.exports = { runMain };
