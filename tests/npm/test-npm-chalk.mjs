// chalk 5 is ESM-only; with FORCE_COLOR it must emit node's exact escapes.
process.env.FORCE_COLOR = '1';
const { default: chalk, supportsColor, Chalk } = await import('chalk');
console.log(JSON.stringify(chalk.red('red')), JSON.stringify(chalk.bold.underline.green('x')));
console.log(JSON.stringify(chalk.hex('#ff8800')('hex')), chalk.level);
console.log(JSON.stringify(new Chalk({ level: 0 }).blue('plain')), typeof supportsColor);
