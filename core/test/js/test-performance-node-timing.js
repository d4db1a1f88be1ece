'use strict';
// performance.nodeTiming's milestones are reached in order before the
// program runs, loopStart once the loop runs; eventLoopUtilization() and
// nodeTiming.idleTime count the loop's idle time from its start, without
// perf_hooks being loaded; toJSON() has all three parts.
const t = performance.nodeTiming;
const milestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete'];
console.log(Object.keys(performance.toJSON()));
console.log('reached in order:',
            milestones.every((k, i) => t[k] >= 0 && t[k] <= t.duration &&
                             (i === 0 || t[k] >= t[milestones[i - 1]])));
console.log('before the loop:', t.loopStart, t.loopExit, performance.eventLoopUtilization());
setTimeout(() => {
  const elu = performance.eventLoopUtilization();
  console.log('loop started:', t.loopStart >= t.bootstrapComplete && t.loopStart < t.duration);
  console.log('mostly idle:', elu.idle > 30, elu.utilization > 0 && elu.utilization < 0.5,
              t.idleTime >= elu.idle);
  const delta = performance.eventLoopUtilization(elu);
  console.log('delta:', delta.idle >= 0 && delta.active >= 0);
}, 60);
