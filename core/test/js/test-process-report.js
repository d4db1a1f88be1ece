'use strict';
// process.report: getReport's sections and header (with the glibc versions
// tools read to choose a native build), its settings' validation, and
// excludeNetwork.
const report = process.report;
console.log(report.directory, JSON.stringify(report.filename), report.compact,
            report.excludeNetwork, report.signal, report.reportOnFatalError,
            report.reportOnSignal, report.reportOnUncaughtException);
const show = (fn) => {
  try {
    fn();
  } catch (e) {
    console.log(e.code, e.message);
  }
};
show(() => { report.compact = 'x'; });
show(() => { report.signal = 'SIGNOPE'; });
show(() => report.getReport('x'));

const r = report.getReport(new TypeError('boom'));
console.log(Object.keys(r));
console.log(Object.keys(r.header).filter((k) => k !== 'networkInterfaces'));
const h = r.header;
console.log(h.event, h.trigger, h.filename, h.processId === process.pid, h.cwd === process.cwd(),
            /^\d+\.\d+$/.test(h.glibcVersionRuntime), /^\d+\.\d+$/.test(h.glibcVersionCompiler),
            h.wordSize, h.arch, h.platform, h.osName, h.cpus.length > 0,
            typeof h.cpus[0].model, Array.isArray(h.networkInterfaces));
console.log(r.javascriptStack.message, r.javascriptStack.stack[0].startsWith('at '));
console.log(r.javascriptHeap.usedMemory > 0, 'new_space' in r.javascriptHeap.heapSpaces,
            r.resourceUsage.rss > 0, r.userLimits.open_files !== undefined,
            r.sharedObjects.some((s) => s.includes('libc.so')), r.workers,
            r.environmentVariables.PATH === process.env.PATH, Array.isArray(r.libuv));
console.log(report.getReport().javascriptStack.message);
report.excludeNetwork = true;
console.log('networkInterfaces' in report.getReport().header);
