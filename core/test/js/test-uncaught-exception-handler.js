process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('loop continues'), 5);
process.nextTick(() => { throw new Error('from tick'); });
process.nextTick(() => console.log('next tick still runs'));
