// A throw from the main script handled by uncaughtException leaves the loop running.
process.on('uncaughtException', e => console.log('caught', e.message));
setTimeout(() => console.log('timer ran'), 10); process.on('exit', c => console.log('exit', c));
throw new Error('boom');
