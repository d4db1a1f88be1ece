// lodash, loaded unmodified from node_modules (CommonJS, no exports map).
const _ = require('lodash');
console.log(_.VERSION);
console.log(_.chunk([1, 2, 3, 4, 5], 2));
console.log(_.groupBy(['one', 'two', 'three'], 'length'));
console.log(_.merge({ a: { b: 1 } }, { a: { c: 2 } }));
console.log(_.template('hello <%= name %>!')({ name: 'mosaic' }));
console.log(_.sortBy([{ n: 3 }, { n: 1 }, { n: 2 }], 'n').map((o) => o.n).join());
const debounced = _.debounce((x) => console.log('debounced', x), 5);
debounced(1);
debounced(2);
console.log(_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.cloneDeep(new Map([[1, { a: 1 }]])).get(1));
