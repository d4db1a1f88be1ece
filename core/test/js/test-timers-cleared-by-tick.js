// A nextTick callback run between two due timers of one list may clear the
// second: it is skipped, not called. Fractional durations share their
// whole-millisecond list, as in node. Output recorded from node.
setTimeout(() => {
  console.log('first');
  process.nextTick(() => clearTimeout(second));
}, 1);
const second = setTimeout(() => console.log('second (cleared)'), 1);
setTimeout(() => console.log('third'), 1);

const order = [];
setTimeout(() => order.push(1), 5);
setTimeout(() => order.push(2), 5.8);
setTimeout(() => order.push(3), 5.1);
setTimeout(() => order.push(4), 5);
setTimeout(() => console.log(order.join()), 20);
