// module.syncBuiltinESMExports(): a builtin's named ES exports follow what
// was assigned to its CommonJS exports; names added later are not added.
import path, { basename } from 'path';
import { createRequire, syncBuiltinESMExports } from 'module';

const require = createRequire(import.meta.url);
const cjsPath = require('path');
const original = cjsPath.basename;
cjsPath.basename = () => 'patched';
console.log(basename('/a/b') === 'b');
syncBuiltinESMExports();
console.log(basename('/a/b'), path.basename === cjsPath.basename);
cjsPath.addedLater = 1;
syncBuiltinESMExports();
const namespace = await import('path');
console.log('addedLater' in namespace, namespace.basename('/x'));
cjsPath.basename = original;
delete cjsPath.addedLater;
syncBuiltinESMExports();
console.log(basename('/a/b'));
