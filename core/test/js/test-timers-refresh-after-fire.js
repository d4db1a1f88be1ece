// refresh() re-arms a timer that already fired.
const t = setTimeout(() => console.log('fired'), 5); setTimeout(() => t.refresh(), 20);
