// process events named like Object.prototype members are plain events,
// not signals. Output recorded from node.
for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
  process.once(name, () => console.log('got', name));
  process.emit(name);
}
console.log('ok');
