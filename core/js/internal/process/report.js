'use strict';
// process.report: node's diagnostic report as an object (getReport) or a
// JSON file (writeReport), with the header tools read to tell glibc from
// musl (rollup, napi-rs loaders, detect-libc) and the process's stack,
// heap, resources, limits and shared objects. Reports on fatal errors,
// signals and uncaught exceptions are not implemented.

const binding = internalBinding('process');

// node's report format version this follows.
const kReportVersion = 4;

let reportCount = 0;

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

// "2026-11-27T00:40:26Z"-style local time, as node writes dumpEventTime.
function dumpTime(date) {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

function javascriptStack(err) {
  const error = err === undefined ? syntheticError() : err;
  const lines = typeof error.stack === 'string' ? error.stack.split('\n') : [];
  const message = lines.length > 0 ? lines.shift() : String(error.message);
  const errorProperties = {};
  for (const key of Object.keys(error)) {
    if (key !== 'stack' && key !== 'message') errorProperties[key] = String(error[key]);
  }
  return { message, stack: lines.map((line) => line.trim()), errorProperties };
}

function syntheticError() {
  const error = new Error('JavaScript Callstack');
  error.name = 'Error [ERR_SYNTHETIC]';
  Error.captureStackTrace(error, getReport);
  return error;
}

function cpuPercents(userSeconds, kernelSeconds) {
  const uptime = process.uptime();
  const percent = (seconds) => Number((seconds / uptime * 100).toFixed(4));
  return {
    cpuConsumptionPercent: percent(userSeconds + kernelSeconds),
    userCpuConsumptionPercent: percent(userSeconds),
    kernelCpuConsumptionPercent: percent(kernelSeconds),
  };
}

function resourceUsage(facts) {
  const usage = process.resourceUsage();
  const userCpuSeconds = usage.userCPUTime / 1e6;
  const kernelCpuSeconds = usage.systemCPUTime / 1e6;
  return {
    free_memory: facts.freeMemory,
    total_memory: facts.totalMemory,
    rss: facts.rss,
    constrained_memory: facts.constrainedMemory,
    available_memory: process.availableMemory(),
    userCpuSeconds,
    kernelCpuSeconds,
    ...cpuPercents(userCpuSeconds, kernelCpuSeconds),
    maxRss: usage.maxRSS * 1024,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

function threadResourceUsage(thread) {
  return {
    userCpuSeconds: thread.userCpuSeconds,
    kernelCpuSeconds: thread.kernelCpuSeconds,
    ...cpuPercents(thread.userCpuSeconds, thread.kernelCpuSeconds),
    fsActivity: { reads: thread.fsReads, writes: thread.fsWrites },
  };
}

function buildReport(event, trigger, filename, err) {
  const now = new Date();
  const facts = binding.reportFacts(settings.excludeNetwork);
  const header = {
    reportVersion: kReportVersion,
    event,
    trigger,
    filename,
    dumpEventTime: dumpTime(now),
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    glibcVersionRuntime: facts.glibcVersionRuntime,
    glibcVersionCompiler: facts.glibcVersionCompiler,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: facts.osName,
    osRelease: facts.osRelease,
    osVersion: facts.osVersion,
    osMachine: facts.osMachine,
    cpus: facts.cpus,
  };
  if (!settings.excludeNetwork) header.networkInterfaces = facts.networkInterfaces;
  header.host = facts.host;
  return {
    header,
    javascriptStack: javascriptStack(err),
    javascriptHeap: facts.javascriptHeap,
    nativeStack: facts.nativeStack,
    resourceUsage: resourceUsage(facts),
    uvthreadResourceUsage: threadResourceUsage(facts.uvthreadResourceUsage),
    libuv: facts.libuv,
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: facts.userLimits,
    sharedObjects: facts.sharedObjects,
  };
}

function validateErr(err) {
  if (err !== undefined) validators().validateObject(err, 'err');
}

function getReport(err) {
  validateErr(err);
  return buildReport('JavaScript API', 'GetReport', null, err);
}

// node's default name: report.<date>.<time>.<pid>.<thread>.<sequence>.json
function defaultFilename(now) {
  const pad = (n) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const sequence = String(++reportCount).padStart(3, '0');
  return `report.${date}.${time}.${process.pid}.0.${sequence}.json`;
}

function writeReport(file, err) {
  if (typeof file === 'object' && file !== null) {
    err = file;
    file = undefined;
  } else if (file !== undefined) {
    validators().validateString(file, 'file');
  }
  validateErr(err);
  const { isAvailable } = require('internal/modules/builtins');
  if (!isAvailable('fs')) {
    throw new (codes().ERR_MOSAIC_NOT_IMPLEMENTED)(
      'process.report.writeReport in a runtime without the fs plugin');
  }
  const path = require('internal/path');
  let name = file === undefined ? settings.filename || defaultFilename(new Date()) : file;
  if (!path.isAbsolute(name)) name = path.join(settings.directory || process.cwd(), name);
  const report = buildReport('JavaScript API', 'API', name, err);
  const text = settings.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2);
  binding.writeString(2, `\nWriting Node.js report to file: ${path.basename(name)}\n`);
  require('fs').writeFileSync(name, `${text}\n`);
  binding.writeString(2, 'Node.js report completed\n');
  return name;
}

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
};

function booleanSetting(name) {
  return {
    __proto__: null,
    enumerable: true,
    get() { return settings[name]; },
    set(value) {
      validators().validateBoolean(value, name);
      settings[name] = value;
    },
  };
}

function stringSetting(name) {
  return {
    __proto__: null,
    enumerable: true,
    get() { return settings[name]; },
    set(value) {
      validators().validateString(value, name);
      settings[name] = value;
    },
  };
}

// The automatic reports: false, and refused when asked for.
function unsupportedTrigger(name) {
  return {
    __proto__: null,
    enumerable: true,
    get() { return false; },
    set(value) {
      validators().validateBoolean(value, name);
      if (value) throw new (codes().ERR_MOSAIC_NOT_IMPLEMENTED)(`process.report.${name}`);
    },
  };
}

const report = Object.defineProperties({ writeReport, getReport }, {
  directory: stringSetting('directory'),
  filename: stringSetting('filename'),
  compact: booleanSetting('compact'),
  excludeNetwork: booleanSetting('excludeNetwork'),
  signal: {
    __proto__: null,
    enumerable: true,
    get() { return settings.signal; },
    set(value) {
      validators().validateSignalName(value, 'signal');
      settings.signal = value;
    },
  },
  reportOnFatalError: unsupportedTrigger('reportOnFatalError'),
  reportOnSignal: unsupportedTrigger('reportOnSignal'),
  reportOnUncaughtException: unsupportedTrigger('reportOnUncaughtException'),
});

module.exports = { report };
