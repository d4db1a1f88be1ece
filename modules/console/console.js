'use strict';

// The `console` builtin: the global console object itself, whose `Console`
// property is the Console class (as in Node, where require('console') is
// the runtime's own console even after globalThis.console was replaced).

const { Console, createGlobalConsole } = require('internal/console');

// The console the runtime installed on the global object, if it is still
// there (or still waiting there to be created on first use).
function installedConsole() {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'console');
  if (desc === undefined) return undefined;
  if (typeof desc.get === 'function') return globalThis.console;
  const value = desc.value;
  if (value !== null && typeof value === 'object' &&
      Object.prototype.hasOwnProperty.call(value, 'Console') && value.Console === Console) {
    return value;
  }
  return undefined;
}

// Replaced before it was ever used: the runtime's console was never
// created, so make it now (same streams, same shape).
module.exports = installedConsole() || createGlobalConsole(process.stdout, process.stderr);
