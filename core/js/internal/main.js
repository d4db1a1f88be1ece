'use strict';
// Starts the main program: a script file, -e / -p code, or stdin.

const binding = internalBinding('process');
const { runScript } = internalBinding('loader');

function runMain(process) {
  const Module = require('internal/modules/cjs/loader');
  Module._configure({
    preserveSymlinks: binding.preserveSymlinks,
    preserveSymlinksMain: binding.preserveSymlinksMain,
  });
  for (const request of binding.preloadModules) {
    Module._load(request, null, false);
  }
  switch (binding.mainMode) {
    case 'script':
      runScriptFile(Module, binding.mainScript);
      break;
    case 'eval':
      evalSource(Module, binding.evalSource, false, '[eval]');
      break;
    case 'print':
      evalSource(Module, binding.evalSource, true, '[eval]');
      break;
    case 'stdin':
      evalSource(Module, binding.readStdinSync(), false, '[stdin]');
      break;
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
  Module.runMain(filename);
}

// -e / -p / stdin code runs as a CommonJS module named [eval] in the cwd,
// with require/module/exports/__filename/__dirname visible as globals.
function evalSource(Module, source, print, name) {
  const path = require('internal/path');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const userRequire = Module.createRequire(path.join(cwd, `${name}-wrapper`));
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = userRequire;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = runScript(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

module.exports = { runMain };
