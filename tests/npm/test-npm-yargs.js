// yargs: a large dependency tree (14 packages) parsing a command line.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const argv = yargs(hideBin(['node', 'script', '--name', 'mosaic', '-n', '3', '--flag', 'rest1', 'rest2']))
  .option('name', { type: 'string' })
  .option('n', { type: 'number' })
  .option('flag', { type: 'boolean' })
  .strict(false)
  .parse();
console.log(argv.name, argv.n, argv.flag, argv._.join(','));
const parsed = require('yargs-parser')('--foo=bar -abc --num 4 -- extra');
console.log(JSON.stringify(parsed));
