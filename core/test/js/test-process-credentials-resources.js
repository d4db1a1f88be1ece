'use strict';
// process.setuid/seteuid/setgid/setegid/setgroups/initgroups argument and
// name checks, getActiveResourcesInfo, the memory figures, and the small
// members node has (domain, debugPort, sourceMapsEnabled, openStdin).
const show = (fn) => {
  try {
    console.log(fn());
  } catch (e) {
    console.log(e.code, e.message);
  }
};
show(() => process.setuid('no-such-user-for-mosaic'));
show(() => process.setgid('no-such-group-for-mosaic'));
show(() => process.setgid(-1));
show(() => process.seteuid({}));
show(() => process.setgroups('x'));
show(() => process.setgroups([process.getgid(), 'no-such-group-for-mosaic']));
show(() => process.initgroups('no-such-user-for-mosaic', 0));
show(() => process.seteuid(process.geteuid()));
show(() => process.setegid(process.getegid()));
console.log([process.setuid, process.setgroups, process.initgroups].map((f) => f.length));

const timer = setTimeout(() => {}, 1000);
const unrefd = setTimeout(() => {}, 1000).unref();
const immediate = setImmediate(() => {});
// (Without the stdio handles, which node has for pipes and terminals.)
const resources = () => process.getActiveResourcesInfo().filter((r) => !/^(Pipe|TTY)Wrap$/.test(r));
console.log(resources());
clearTimeout(timer);
clearImmediate(immediate);
clearTimeout(unrefd);
console.log(resources());

console.log(typeof process.constrainedMemory(), process.availableMemory() > 0);
console.log(process.domain, process.debugPort, process.sourceMapsEnabled);
show(() => process.setSourceMapsEnabled('yes'));
console.log('noDeprecation' in process, Object.keys(process).includes('stdout'));
