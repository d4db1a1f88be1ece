process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
process.on('rejectionHandled', () => console.log('handled later'));
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('caught late')), 5);
const q = Promise.reject(new Error('handled in time'));
q.catch(() => console.log('caught in time'));
