// Cannot find module with the require stack; JSON parse errors name the file.
try {
  require('./fixtures/does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
  console.log(e.requireStack.length, e.requireStack[0] === __filename);
}
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require('./fixtures/broken.json');
} catch (e) {
  console.log(e.name, e.message.includes('broken.json'));
}
try {
  require(42);
} catch (e) {
  console.log(e.code);
}
