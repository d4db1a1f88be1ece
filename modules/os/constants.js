'use strict';
// The deprecated `constants` builtin: os.constants' errno, signals,
// priority and dlopen tables flattened into one object (as node does,
// minus the fs constants, which the fs plugin adds when present).
const { constants } = require('./os');

module.exports = Object.assign(Object.create(null), constants.dlopen, constants.errno,
                               constants.priority, constants.signals);
