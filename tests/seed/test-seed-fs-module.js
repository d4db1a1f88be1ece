// Seed: "Node.js Core Modules > 1. File System (fs)".
// Completion: file.txt is a fixture next to this test; the relative reads run
// from this directory, and readFileAsync() is called. Both async reads print
// the same text, so their relative order does not matter.
process.chdir(__dirname);

const fs = require('fs');
const path = require('path');

// Asynchronous operations
fs.readFile(path.join(__dirname, 'file.txt'), 'utf8', (err, data) => {
    if (err) throw err;
    console.log(data);
});

// Synchronous operations (blocking)
try {
    const data = fs.readFileSync('file.txt', 'utf8');
    console.log(data);
} catch (err) {
    console.error(err);
}

// Promise-based operations
const fsPromises = require('fs').promises;

async function readFileAsync() {
    try {
        const data = await fsPromises.readFile('file.txt', 'utf8');
        console.log(data);
    } catch (err) {
        console.error(err);
    }
}

readFileAsync();
