// yaml from an ES module: the "import" condition selects its ESM build.
import YAML, { parse, stringify } from 'yaml';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(typeof YAML.parse, parse === YAML.parse);
console.log(JSON.stringify(parse('x: [1, 2, {y: z}]')));
console.log(stringify([{ a: 1 }, 'b']));
console.log(require('yaml').parse === parse, import.meta.resolve('yaml').endsWith('/yaml/dist/index.js') ? 'esm build' : import.meta.resolve('yaml').replace(/.*node_modules/, ''));
