// An entry point with ES module syntax and no "type" runs as an ES module
// (node >= 20.19 "syntax detection").
import { basename } from 'node:path';
import data from './fixtures/data.json' assert { type: 'json' };
console.log(basename(import.meta.filename), typeof require, data.a.length);
