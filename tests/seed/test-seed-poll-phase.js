// Seed: "Event Loop Deep Dive > Phase Details > 4. Poll Phase".
// Completion: file.txt is a fixture next to this test; run from its directory.
process.chdir(__dirname);

// Example: I/O operations
const fs = require('fs');

fs.readFile('file.txt', (err, data) => {
    // This callback executes in the poll phase
    console.log('File read complete');
    // Check: the read succeeded with the fixture's bytes.
    console.log(err, JSON.stringify(data.toString()));
});
