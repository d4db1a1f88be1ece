'use strict';
// What this run was started with (argv, the main program, options). Set
// once per process by the bootstrap's startExecution(); kept out of module
// top levels so those can live in the start-up snapshot.

let info;

module.exports = {
  set(value) { info = value; },
  get() { return info; },
};
