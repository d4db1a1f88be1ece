// Seed: "File System Operations > File System Architecture".
// Completion: the example reads input.txt and large-input.txt from the
// working directory and writes beside them, so it runs in a fresh temporary
// directory holding those inputs; processFile() and processLargeFile() are
// called. The three approaches finish in any order, so messages are collected
// and printed sorted at exit, followed by a check of the written files.
const os_ = require('os');
const workDir = require('fs').mkdtempSync(require('path').join(os_.tmpdir(), 'seed-fs-'));
process.chdir(workDir);
let largeText = '';
for (let i = 0; i < 50000; i++) largeText += `line ${i} of the large input\n`;
require('fs').writeFileSync('input.txt', 'small input text\n');
require('fs').writeFileSync('large-input.txt', largeText);
const messages = [];
console.log = console.error = (...args) => messages.push(args.join(' '));

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

// Different approaches to file operations

// 1. Callback-based (traditional)
fs.readFile('input.txt', 'utf8', (err, data) => {
    if (err) {
        console.error('Error reading file:', err);
        return;
    }
    
    // Process data
    const processedData = data.toUpperCase();
    
    fs.writeFile('output.txt', processedData, (err) => {
        if (err) {
            console.error('Error writing file:', err);
            return;
        }
        console.log('File written successfully');
    });
});

// 2. Promise-based
const fsPromises = require('fs').promises;

async function processFile() {
    try {
        const data = await fsPromises.readFile('input.txt', 'utf8');
        const processedData = data.toUpperCase();
        await fsPromises.writeFile('output.txt', processedData);
        console.log('File processed successfully');
    } catch (err) {
        console.error('Error processing file:', err);
    }
}

// 3. Stream-based (for large files)
function processLargeFile() {
    const readStream = fs.createReadStream('large-input.txt', { encoding: 'utf8' });
    const writeStream = fs.createWriteStream('large-output.txt');
    
    pipeline(
        readStream,
        require('stream').Transform({
            transform(chunk, encoding, callback) {
                this.push(chunk.toString().toUpperCase());
                callback();
            }
        }),
        writeStream,
        (err) => {
            if (err) {
                console.error('Pipeline failed:', err);
            } else {
                console.log('Pipeline succeeded');
            }
        }
    );
}

processFile();
processLargeFile();

process.on('exit', () => {
    const out = process.stdout;
    out.write(messages.sort().join('\n') + '\n');
    out.write(`output.txt: ${JSON.stringify(fs.readFileSync('output.txt', 'utf8'))}\n`);
    const large = fs.readFileSync('large-output.txt', 'utf8');
    out.write(`large-output.txt: ${large.length} chars, uppercased: ${large === largeText.toUpperCase()}\n`);
    fs.rmSync(workDir, { recursive: true });
});
