// Seed: "Performance Optimization > Memory Optimization".
// Object pooling
class ObjectPool {
    constructor(createFn, resetFn, initialSize = 10) {
        this.createFn = createFn;
        this.resetFn = resetFn;
        this.pool = [];
        
        // Pre-populate pool
        for (let i = 0; i < initialSize; i++) {
            this.pool.push(this.createFn());
        }
    }
    
    acquire() {
        if (this.pool.length > 0) {
            return this.pool.pop();
        }
        return this.createFn();
    }
    
    release(obj) {
        this.resetFn(obj);
        this.pool.push(obj);
    }
}

// Usage
const bufferPool = new ObjectPool(
    () => Buffer.alloc(1024),
    (buffer) => buffer.fill(0),
    50
);

function processData(data) {
    const buffer = bufferPool.acquire();
    
    try {
        // Use buffer for processing
        buffer.write(data);
        // ... processing logic
        
        return buffer.toString();
    } finally {
        bufferPool.release(buffer);
    }
}

// Stream optimization for large datasets
const { Transform } = require('stream');

class BatchProcessor extends Transform {
    constructor(batchSize = 100) {
        super({ objectMode: true });
        this.batch = [];
        this.batchSize = batchSize;
    }
    
    _transform(chunk, encoding, callback) {
        this.batch.push(chunk);
        
        if (this.batch.length >= this.batchSize) {
            this.processBatch();
        }
        
        callback();
    }
    
    _flush(callback) {
        if (this.batch.length > 0) {
            this.processBatch();
        }
        callback();
    }
    
    processBatch() {
        // Process batch efficiently
        const processedBatch = this.batch.map(item => {
            // Processing logic
            return item.toUpperCase();
        });
        
        this.push(processedBatch);
        this.batch = [];
    }
}

// Completion: use the buffer pool and the batch processor.
const text = processData('hello pool');
console.log(text.length, JSON.stringify(text.replace(/\0+$/, '')), bufferPool.pool.length);
const reused = bufferPool.acquire();
console.log(reused.every((b) => b === 0), bufferPool.pool.length);

const batcher = new BatchProcessor(3);
batcher.on('data', (batch) => console.log('batch:', batch));
batcher.on('end', () => console.log('batches done'));
['a', 'b', 'c', 'd', 'e', 'f', 'g'].forEach((item) => batcher.write(item));
batcher.end();
