// Memory given back: resident set after 200 MiB of 1 MiB Buffers were
// filled, dropped and collected, and the process then idled for two
// seconds. Prints "rss-after-free-MiB <n>"; runs unchanged on node and
// mosaic (with --expose-gc).
'use strict';
let buffers = [];
for (let i = 0; i < 200; i++) buffers.push(Buffer.alloc(1 << 20, i));
buffers = null;
globalThis.gc();
setTimeout(() => {
  globalThis.gc();
  setTimeout(() => {
    console.log(`rss-after-free-MiB ${(process.memoryUsage.rss() / 1048576).toFixed(1)}`);
  }, 1000);
}, 1000);
