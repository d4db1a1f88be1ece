// An exit listener that throws, handled by uncaughtException.
process.on('uncaughtException', e => console.log('caught', e.message));
process.on('exit', () => { throw new Error('in exit'); });
