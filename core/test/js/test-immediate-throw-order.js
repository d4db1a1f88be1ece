// When an immediate throws and 'uncaughtException' handles it, the rest of
// the batch runs at once and a nextTick queued by the thrower waits until
// after the next immediate, as in node. Output recorded from node.
const log = [];
process.on('uncaughtException', (err) => log.push(`caught ${err.message}`));
setImmediate(() => log.push('i1'));
setImmediate(() => {
  process.nextTick(() => log.push('tick'));
  throw new Error('boom');
});
setImmediate(() => log.push('i3'));
setImmediate(() => log.push('i4'));
setTimeout(() => console.log(log.join('\n')), 20);
