// Seed: "Clustering & Load Balancing > Load Balancing Strategies".
// Completion: the classes are used with stand-in workers (EventEmitters that
// answer a health check, or stay silent), since cluster workers are out of
// scope here; the 5 s health-check timeout is the example's own.
const EventEmitter = require('events');

// Round-robin load balancer (manual implementation)
class LoadBalancer {
    constructor(workers) {
        this.workers = workers;
        this.current = 0;
    }
    
    getNextWorker() {
        const worker = this.workers[this.current];
        this.current = (this.current + 1) % this.workers.length;
        return worker;
    }
    
    addWorker(worker) {
        this.workers.push(worker);
    }
    
    removeWorker(worker) {
        const index = this.workers.indexOf(worker);
        if (index > -1) {
            this.workers.splice(index, 1);
            if (this.current >= this.workers.length) {
                this.current = 0;
            }
        }
    }
}

// Health checking
class HealthChecker {
    constructor(workers) {
        this.workers = workers;
        this.healthyWorkers = new Set(workers);
    }
    
    async checkHealth() {
        for (const worker of this.workers) {
            try {
                // Send health check message
                worker.send({ type: 'health-check' });
                
                // Wait for response with timeout
                const isHealthy = await this.waitForHealthResponse(worker, 5000);
                
                if (isHealthy) {
                    this.healthyWorkers.add(worker);
                } else {
                    this.healthyWorkers.delete(worker);
                }
            } catch (err) {
                console.error(`Health check failed for worker ${worker.process.pid}:`, err);
                this.healthyWorkers.delete(worker);
            }
        }
    }
    
    waitForHealthResponse(worker, timeout) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                resolve(false);
            }, timeout);
            
            const handler = (message) => {
                if (message.type === 'health-response') {
                    clearTimeout(timer);
                    worker.removeListener('message', handler);
                    resolve(true);
                }
            };
            
            worker.on('message', handler);
        });
    }
    
    getHealthyWorkers() {
        return Array.from(this.healthyWorkers);
    }
}

// Usage.
const lb = new LoadBalancer(['a', 'b', 'c']);
console.log([1, 2, 3, 4].map(() => lb.getNextWorker()).join(' '));
lb.addWorker('d');
lb.removeWorker('b');
console.log([1, 2, 3, 4].map(() => lb.getNextWorker()).join(' '));

class FakeWorker extends EventEmitter {
    constructor(pid, healthy) {
        super();
        this.process = { pid };
        this.healthy = healthy;
    }
    send(message) {
        if (this.healthy === 'throws') throw new Error('channel closed');
        if (this.healthy) setImmediate(() => this.emit('message', { type: 'health-response' }));
    }
}
const workers = [new FakeWorker(101, true), new FakeWorker(102, false),
                 new FakeWorker(103, 'throws'), new FakeWorker(104, true)];
const checker = new HealthChecker(workers);
const started = Date.now();
checker.checkHealth().then(() => {
    console.log('healthy:', checker.getHealthyWorkers().map((w) => w.process.pid));
    console.log('listeners left:', workers.map((w) => w.listenerCount('message')));
    console.log('waited for the timeout:', Date.now() - started >= 4900);
});
