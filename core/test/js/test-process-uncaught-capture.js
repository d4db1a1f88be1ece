'use strict';
// process.setUncaughtExceptionCaptureCallback: the callback replaces the
// 'uncaughtException' listeners (the monitor still runs first), a second
// callback is refused, null clears it, and rejections go through it too.

const errorName = (fn) => { try { fn(); return 'no error'; } catch (e) { return `${e.name} ${e.code}`; } };

console.log('has before:', process.hasUncaughtExceptionCaptureCallback());
console.log('bad fn:', errorName(() => process.setUncaughtExceptionCaptureCallback(42)));

process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor:', err.message, origin));
process.on('uncaughtException', (err) => console.log('listener (should not run):', err.message));

const seen = [];
process.setUncaughtExceptionCaptureCallback((err) => {
  seen.push(err.message);
  console.log('captured:', err.message);
  if (seen.length === 2) {
    process.setUncaughtExceptionCaptureCallback(null);
    console.log('has after clear:', process.hasUncaughtExceptionCaptureCallback());
    process.removeAllListeners('uncaughtException');
    process.on('uncaughtException', (e) => console.log('listener after clear:', e.message));
    setTimeout(() => { throw new Error('third'); }, 1);
  }
});
console.log('has:', process.hasUncaughtExceptionCaptureCallback());
console.log('second set:', errorName(() => process.setUncaughtExceptionCaptureCallback(() => {})));

setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => Promise.reject(new Error('second')), 5);
process.on('exit', (code) => console.log('exit', code, seen.join(',')));
