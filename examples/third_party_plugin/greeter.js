'use strict';
// The JavaScript half of the greeter plugin: `binding` is what the native
// init returned; `require` reaches other builtins (here the path plugin).
const path = require('path');

exports.greet = (name) => binding.greet(name);
exports.greetFile = (file) => binding.greet(path.basename(file));
exports.cheers = (n) => binding.cheers(n);
exports.countdown = (n) => binding.countdown(n);
exports.externalLength = (s) => binding.externalLength(s);
