process.on('exit', (code) => console.log('exit handler', code));
function fail() {
  throw new Error('boom');
}
setTimeout(fail, 1);
