'use strict';
// The options this process runs with, as node's getOptionValue() sees
// them: NODE_OPTIONS' first, then the command line's. (process.execArgv
// lists only the command line's, and user code may change it.)

let effective = [];

function setOptions(nodeOptions, execArgv) {
  effective = [...nodeOptions, ...execArgv];
}

function hasOption(name) {
  return effective.includes(name);
}

// Every value given to `name`, as `name=value` or `name value`, in order.
function optionValues(name) {
  const values = [];
  const prefix = `${name}=`;
  for (let i = 0; i < effective.length; i++) {
    if (effective[i] === name && i + 1 < effective.length) {
      values.push(effective[++i]);
    } else if (effective[i].startsWith(prefix)) {
      values.push(effective[i].slice(prefix.length));
    }
  }
  return values;
}

// --pending-deprecation, which NODE_PENDING_DEPRECATION=1 also turns on.
function pendingDeprecation() {
  if (hasOption('--pending-deprecation')) return true;
  const value = process.env.NODE_PENDING_DEPRECATION;
  return typeof value === 'string' && value[0] === '1';
}

// process.allowedNodeEnvironmentFlags: read-only, and has() accepts node's
// spellings ('--flag', 'flag', underscores, a trailing '=value').
class NodeEnvironmentFlagsSet extends Set {
  constructor(flags) {
    super();
    for (const flag of flags) Set.prototype.add.call(this, flag);
  }

  add() {
    return this;
  }

  delete() {
    return false;
  }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (/^--?/.test(key)) return Set.prototype.has.call(this, key.replace(/=.*$/, ''));
    return Set.prototype.has.call(this, `-${key}`) || Set.prototype.has.call(this, `--${key}`);
  }
}
Object.freeze(NodeEnvironmentFlagsSet.prototype);

function allowedNodeEnvironmentFlags(flags) {
  return Object.freeze(new NodeEnvironmentFlagsSet(flags));
}

module.exports = { setOptions, hasOption, optionValues, pendingDeprecation, allowedNodeEnvironmentFlags };
