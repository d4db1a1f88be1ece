// Lookups see the file system as it is now, as node's do: a file that was
// missing and is created later loads; a request that climbs out of a
// removed directory ('../x') still resolves. Also node's answers for
// require.resolve's options and paths and module.isBuiltin. Output recorded
// from node.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || os.tmpdir(), 'lookup-'));
const later = path.join(dir, 'later.js');
try {
  require(later);
} catch (err) {
  console.log('before:', err.code);
}
fs.writeFileSync(later, 'module.exports = 42;');
console.log('after:', require(later));

fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'target.js'), 'module.exports = "target";');
fs.writeFileSync(path.join(dir, 'sub', 'climb.js'), 'module.exports = () => require("../target.js");');
const climb = require(path.join(dir, 'sub', 'climb.js'));
fs.rmSync(path.join(dir, 'sub'), { recursive: true });
console.log('climb out of a removed directory:', climb());

console.log(require('module').isBuiltin(undefined), require.resolve.paths('node:fs'), require.resolve.paths('fs'));
try {
  require.resolve('x', { paths: 'not-an-array' });
} catch (err) {
  console.log(err.code, err.message);
}
fs.rmSync(dir, { recursive: true });
import('does-not-exist-package').catch((err) => {
  console.log(err.code, err.message.split(' imported from ')[0]);
});
