// Seed: "File System Operations > File System Watching".
// Completion: runs in a fresh temporary directory holding config.json and
// src/; after the watchers start, a file is created in src/ and config.json
// is rewritten. Event counts and kinds vary by platform, so lines are
// captured and the program ends (as its SIGINT handler would) once each
// watcher has reported the change it must see.
const assert = require('assert');
const workDir = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'seed-watch-'));
process.chdir(workDir);
require('fs').writeFileSync('config.json', '{"v":1}');
require('fs').mkdirSync('src');
const lines = [];
const log = console.log;
console.log = (...args) => lines.push(args);

const fs = require('fs');
const path = require('path');

// Watch file changes
fs.watchFile('config.json', (curr, prev) => {
    console.log('File modified:', {
        previous: prev.mtime,
        current: curr.mtime
    });
});

// Watch directory changes (more efficient)
fs.watch('.', { recursive: true }, (eventType, filename) => {
    if (filename) {
        console.log(`File ${filename} was ${eventType}`);
    }
});

// More robust file watching with error handling
const watcher = fs.watch('./src', { recursive: true });

watcher.on('change', (eventType, filename) => {
    console.log(`File ${filename} changed: ${eventType}`);
});

watcher.on('error', (err) => {
    console.error('Watcher error:', err);
});

// Close watcher when done
process.on('SIGINT', () => {
    watcher.close();
    process.exit(0);
});

// Trigger the changes, then wait for every watcher to report.
setTimeout(() => {
    require('fs').writeFileSync('src/app.js', 'module.exports = 1;\n');
    require('fs').writeFileSync('config.json', '{"v":2}');
}, 200);
const deadline = setTimeout(() => {
    log(lines);
    throw new Error('watchers did not report within 20 s');
}, 20000);
const poll = setInterval(() => {
    const modified = lines.find((args) => args[0] === 'File modified:');
    const inSrc = lines.find((args) => /^File app\.js changed: (rename|change)$/.test(args[0]));
    const recursive = lines.find((args) => /^File src\/app\.js was (rename|change)$/.test(args[0]));
    if (!modified || !inSrc || !recursive) return;
    clearInterval(poll);
    clearTimeout(deadline);
    const { previous, current } = modified[1];
    assert.ok(previous instanceof Date && current instanceof Date);
    assert.ok(current > previous);
    log('watchFile reported config.json modified: current mtime after previous');
    log('fs.watch("./src") reported app.js');
    log('fs.watch(".", { recursive: true }) reported src/app.js');
    fs.unwatchFile('config.json');
    watcher.close();
    require('fs').rmSync(workDir, { recursive: true });
    process.exit(0);
}, 50);
