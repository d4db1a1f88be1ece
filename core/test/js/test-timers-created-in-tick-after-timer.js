// A timer created by a nextTick that follows a timer callback must fire on
// time, not when an earlier-armed (here unref'd) timer does.
const start = Date.now();
setTimeout(() => {}, 1000).unref();
setTimeout(() => process.nextTick(() => {
  setTimeout(() => console.log(Date.now() - start < 500 ? 'on time' : 'late'), 1);
}), 1);
