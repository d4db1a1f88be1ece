// yaml from CommonJS: its "exports" map selects the CommonJS build.
const YAML = require('yaml');
const doc = YAML.parse('a: 1\nb:\n  - x\n  - y\nc: { d: true }\n');
console.log(JSON.stringify(doc));
console.log(YAML.stringify({ name: 'mosaic', list: [1, 2], nested: { ok: true } }));
const parsed = YAML.parseDocument('# comment\nkey: value # trailing\n');
console.log(parsed.get('key'), parsed.contents.items.length);
try {
  YAML.parse('a: [1, 2');
} catch (e) {
  console.log(e.name, e.code);
}
