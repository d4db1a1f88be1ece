const t = setTimeout(() => console.log('should not run'), 5);
const id = +t;
console.log(typeof id);
clearTimeout(id);
const t2 = setTimeout(() => console.log('runs'), 5);
console.log(`${t2}` === String(+t2));
setTimeout((a, b) => console.log('args', a, b), 1, 'x', 'y');
