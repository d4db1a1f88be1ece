'use strict';
// The deprecated `constants` builtin: os.constants' dlopen, errno, priority
// and signal tables, then fs's and crypto's constants, flattened into one
// frozen object as node does. The fs and crypto tables come from their
// plugins when this runtime holds them (graceful-fs and fs-extra read
// O_RDONLY and S_IFMT from here).
const { constants } = require('./os');
const { isAvailable } = require('internal/modules/builtins');

const fromPlugins = ['fs', 'crypto'].filter(isAvailable).map((name) => require(name).constants);

module.exports = Object.freeze(Object.assign({}, constants.dlopen, constants.errno,
                                             constants.priority, constants.signals,
                                             ...fromPlugins));
