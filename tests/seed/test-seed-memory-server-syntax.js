// Seed: "Request Lifecycle > 5.2 Memory-Efficient Request Handling", exactly as written.
// `static chunkCount = 0;` inside a method body is not valid JavaScript, so Node
// rejects the program before running it (and before it requires http, which
// Mosaic does not have yet): see the .err/.status files.
const http = require('http');
const stream = require('stream');
const { performance } = require('perf_hooks');

class MemoryEfficientServer {
    constructor() {
        this.requestCount = 0;
        this.setupMemoryMonitoring();
    }
    
    setupMemoryMonitoring() {
        // Monitor memory usage every 5 seconds
        setInterval(() => {
            const usage = process.memoryUsage();
            console.log('ðŸ“Š Memory Usage:', {
                rss: `${Math.round(usage.rss / 1024 / 1024)}MB`,
                heapTotal: `${Math.round(usage.heapTotal / 1024 / 1024)}MB`,
                heapUsed: `${Math.round(usage.heapUsed / 1024 / 1024)}MB`,
                external: `${Math.round(usage.external / 1024 / 1024)}MB`,
                activeRequests: this.requestCount
            });
            
            // Force garbage collection if heap usage is high (for monitoring only)
            if (global.gc && usage.heapUsed > 100 * 1024 * 1024) { // 100MB
                console.log('ðŸ—‘ï¸ Forcing garbage collection...');
                global.gc();
            }
        }, 5000);
    }
    
    createServer() {
        return http.createServer((req, res) => {
            this.requestCount++;
            const requestId = `req_${this.requestCount}`;
            const startMemory = process.memoryUsage();
            
            console.log(`ðŸŒ [${requestId}] Started - Heap: ${Math.round(startMemory.heapUsed / 1024 / 1024)}MB`);
            
            // Clean up tracking when request completes
            const originalEnd = res.end;
            res.end = (...args) => {
                this.requestCount--;
                const endMemory = process.memoryUsage();
                const memoryDelta = endMemory.heapUsed - startMemory.heapUsed;
                
                console.log(`âœ… [${requestId}] Completed - Memory delta: ${Math.round(memoryDelta / 1024)}KB`);
                originalEnd.apply(res, args);
            };
            
            this.handleRequest(req, res, requestId);
        });
    }
    
    handleRequest(req, res, requestId) {
        const { url } = req;
        
        if (url === '/api/memory-efficient') {
            this.handleMemoryEfficientRoute(req, res, requestId);
        } else if (url === '/api/memory-heavy') {
            this.handleMemoryHeavyRoute(req, res, requestId);
        } else if (url === '/api/streaming') {
            this.handleStreamingRoute(req, res, requestId);
        } else if (url === '/api/buffer-pool') {
            this.handleBufferPoolRoute(req, res, requestId);
        } else {
            res.writeHead(404);
            res.end('Not found');
        }
    }
    
    handleMemoryEfficientRoute(req, res, requestId) {
        console.log(`ðŸ’š [${requestId}] Memory-efficient processing`);
        
        // Use minimal objects, avoid closures with large scope
        const responseData = this.createMinimalResponse(requestId);
        
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(responseData));
        
        // Explicitly nullify references (helps GC in some cases)
        // responseData = null; // Not needed in modern V8, but shown for educational purposes
    }
    
    handleMemoryHeavyRoute(req, res, requestId) {
        console.log(`ðŸ”´ [${requestId}] Memory-heavy processing`);
        
        // Intentionally create large objects to demonstrate memory usage
        const largeArray = new Array(1000000).fill(0).map((_, i) => ({
            id: i,
            data: `Item ${i}`,
            timestamp: Date.now(),
            metadata: {
                processed: true,
                version: '1.0',
                tags: ['heavy', 'memory', 'demo']
            }
        }));
        
        // Simulate processing that creates temporary objects
        const processedData = largeArray
            .filter(item => item.id % 2 === 0)
            .map(item => ({
                ...item,
                processed_at: new Date().toISOString()
            }))
            .slice(0, 1000); // Take only first 1000 items
        
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({
            message: 'Heavy processing completed',
            count: processedData.length,
            requestId,
            sample: processedData.slice(0, 5) // Only send sample to reduce response size
        }));
        
        // Large objects will be garbage collected after this function exits
    }
    
    handleStreamingRoute(req, res, requestId) {
        console.log(`ðŸŒŠ [${requestId}] Streaming response`);
        
        res.writeHead(200, { 
            'Content-Type': 'application/json',
            'Transfer-Encoding': 'chunked'
        });
        
        // Create a readable stream that generates data on-demand
        const dataStream = new stream.Readable({
            objectMode: true,
            read() {
                // Generate data chunks without keeping large amounts in memory
                static chunkCount = 0;
                
                if (chunkCount < 1000) {
                    this.push({
                        chunk: chunkCount++,
                        data: `Generated data ${chunkCount}`,
                        timestamp: Date.now()
                    });
                } else {
                    this.push(null); // End stream
                }
            }
        });
        
        // Transform stream to JSON
        const jsonTransform = new stream.Transform({
            objectMode: true,
            transform(chunk, encoding, callback) {
                if (chunk === null) {
                    this.push(']}');
                } else if (chunk.chunk === 0) {
                    this.push('{"data":[' + JSON.stringify(chunk));
                } else {
                    this.push(',' + JSON.stringify(chunk));
                }
                callback();
            }
        });
        
        // Pipe streams together
        dataStream
            .pipe(jsonTransform)
            .pipe(res);
        
        console.log(`ðŸŒŠ [${requestId}] Streaming started - memory efficient`);
    }
    
    handleBufferPoolRoute(req, res, requestId) {
        console.log(`ðŸŠ [${requestId}] Using buffer pool`);
        
        // Simulate buffer pool usage (in real apps, use a proper buffer pool)
        const bufferSize = 64 * 1024; // 64KB
        const buffer = Buffer.allocUnsafe(bufferSize);
        
        try {
            // Simulate filling buffer with data
            const data = `Response data for ${requestId}`;
            buffer.write(data, 0, 'utf8');
            
            res.writeHead(200, { 
                'Content-Type': 'text/plain',
                'Content-Length': data.length
            });
            res.end(buffer.slice(0, data.length));
            
        } finally {
            // In a real buffer pool, we would return the buffer to the pool
            // buffer.fill(0); // Clear sensitive data
            console.log(`ðŸŠ [${requestId}] Buffer reused - memory efficient`);
        }
    }
    
    createMinimalResponse(requestId) {
        // Create minimal object without unnecessary properties
        return {
            id: requestId,
            timestamp: Date.now(),
            status: 'success'
        };
    }
}

// Object pooling example for high-traffic scenarios
class ObjectPool {
    constructor(createFn, resetFn, maxSize = 100) {
        this.createFn = createFn;
        this.resetFn = resetFn;
        this.pool = [];
        this.maxSize = maxSize;
        this.created = 0;
        this.reused = 0;
    }
    
    acquire() {
        if (this.pool.length > 0) {
            this.reused++;
            return this.pool.pop();
        }
        
        this.created++;
        return this.createFn();
    }
    
    release(obj) {
        if (this.pool.length < this.maxSize) {
            this.resetFn(obj);
            this.pool.push(obj);
        }
        // If pool is full, let object be garbage collected
    }
    
    getStats() {
        return {
            poolSize: this.pool.length,
            created: this.created,
            reused: this.reused,
            reuseRatio: this.reused / (this.created + this.reused)
        };
    }
}

// Response object pool
const responsePool = new ObjectPool(
    () => ({ data: null, status: null, timestamp: null }),
    (obj) => { obj.data = null; obj.status = null; obj.timestamp = null; },
    50
);

// Usage
const server = new MemoryEfficientServer();
const httpServer = server.createServer();

httpServer.listen(3000, () => {
    console.log('ðŸš€ Memory-efficient server listening on port 3000');
    console.log('ðŸ“‹ Available endpoints:');
    console.log('   GET /api/memory-efficient - Minimal memory usage');
    console.log('   GET /api/memory-heavy - High memory usage demo');
    console.log('   GET /api/streaming - Streaming response');
    console.log('   GET /api/buffer-pool - Buffer pool usage');
});

// Memory pressure handling
process.on('warning', (warning) => {
    if (warning.name === 'MaxListenersExceededWarning' || warning.name === 'DeprecationWarning') {
        console.warn('âš ï¸ Memory/Performance Warning:', warning.message);
    }
});
