// On a fatal exception node runs 'exit' listeners before printing it, and
// ignores an exception thrown by such a listener (exit code 1).
process.on('exit', (code) => {
  console.log('exit listener', code);
  throw new Error('ignored');
});
throw new Error('fatal');
