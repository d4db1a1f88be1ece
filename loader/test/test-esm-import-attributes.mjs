// Import attributes (`with { type: 'json' }`, node >= 20.10) in static
// imports and re-exports; a `with` statement stays a syntax error.
import data from './fixtures/attributes/data.json' with { type: 'json' };
import { data as again } from './fixtures/attributes/reexport.mjs';

console.log(data, again === data, 'with' + ' in strings is kept');
try {
  await import('data:text/javascript,with ({}) {}');
} catch (e) {
  console.log(e.name, e.message);
}
