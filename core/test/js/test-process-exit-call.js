process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('not reached'), 10);
console.log('before');
process.exit(5);
