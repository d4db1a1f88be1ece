// Seed: "Stream Architecture > Stream Types and Implementation".
const { Readable, Writable, Transform, Duplex } = require('stream');

// 1. Readable Stream
class NumberGenerator extends Readable {
    constructor(max) {
        super({ objectMode: true });
        this.current = 0;
        this.max = max;
    }
    
    _read() {
        if (this.current < this.max) {
            this.push({ number: this.current++ });
        } else {
            this.push(null); // End stream
        }
    }
}

// 2. Writable Stream
class NumberLogger extends Writable {
    constructor() {
        super({ objectMode: true });
    }
    
    _write(chunk, encoding, callback) {
        console.log(`Logging: ${chunk.number}`);
        callback();
    }
}

// 3. Transform Stream
class NumberDoubler extends Transform {
    constructor() {
        super({ objectMode: true });
    }
    
    _transform(chunk, encoding, callback) {
        this.push({ number: chunk.number * 2 });
        callback();
    }
}

// 4. Duplex Stream
class EchoStream extends Duplex {
    constructor() {
        super({ objectMode: true });
        this.buffer = [];
    }
    
    _read() {
        if (this.buffer.length > 0) {
            this.push(this.buffer.shift());
        }
    }
    
    _write(chunk, encoding, callback) {
        this.buffer.push(chunk);
        callback();
    }
}

// Usage example
const generator = new NumberGenerator(5);
const doubler = new NumberDoubler();
const logger = new NumberLogger();

generator
    .pipe(doubler)
    .pipe(logger);

// Completion: the example defines EchoStream but never uses it; write to it
// and read the chunks back.
const echo = new EchoStream();
echo.on('data', (chunk) => console.log('Echo:', chunk));
echo.write('first');
echo.write({ second: 2 });
logger.on('finish', () => console.log('logger finished'));
