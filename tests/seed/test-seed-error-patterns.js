// Seed: "Best Practices & Patterns > Error Handling Patterns".
// Completion: each helper is exercised below. `database` is never defined in
// the seed, so fetchUserData() reports the ReferenceError as a failure.
// Result pattern for error handling
class Result {
    constructor(value, error) {
        this.value = value;
        this.error = error;
    }
    
    static success(value) {
        return new Result(value, null);
    }
    
    static failure(error) {
        return new Result(null, error);
    }
    
    isSuccess() {
        return this.error === null;
    }
    
    isFailure() {
        return this.error !== null;
    }
    
    map(fn) {
        if (this.isFailure()) {
            return this;
        }
        
        try {
            return Result.success(fn(this.value));
        } catch (error) {
            return Result.failure(error);
        }
    }
    
    flatMap(fn) {
        if (this.isFailure()) {
            return this;
        }
        
        try {
            return fn(this.value);
        } catch (error) {
            return Result.failure(error);
        }
    }
}

// Usage
async function fetchUserData(userId) {
    try {
        const user = await database.getUser(userId);
        return Result.success(user);
    } catch (error) {
        return Result.failure(error);
    }
}

// Async error handling wrapper
function asyncWrapper(fn) {
    return async (req, res, next) => {
        try {
            await fn(req, res, next);
        } catch (error) {
            next(error);
        }
    };
}

// Circuit breaker pattern
class CircuitBreaker {
    constructor(options = {}) {
        this.failureThreshold = options.failureThreshold || 5;
        this.resetTimeout = options.resetTimeout || 60000;
        this.state = 'CLOSED'; // CLOSED, OPEN, HALF_OPEN
        this.failureCount = 0;
        this.lastFailureTime = null;
    }
    
    async execute(fn) {
        if (this.state === 'OPEN') {
            if (Date.now() - this.lastFailureTime >= this.resetTimeout) {
                this.state = 'HALF_OPEN';
            } else {
                throw new Error('Circuit breaker is OPEN');
            }
        }
        
        try {
            const result = await fn();
            this.onSuccess();
            return result;
        } catch (error) {
            this.onFailure();
            throw error;
        }
    }
    
    onSuccess() {
        this.failureCount = 0;
        this.state = 'CLOSED';
    }
    
    onFailure() {
        this.failureCount++;
        this.lastFailureTime = Date.now();
        
        if (this.failureCount >= this.failureThreshold) {
            this.state = 'OPEN';
        }
    }
}

// Usage.
async function main() {
    const ok = Result.success(2).map((x) => x * 10).flatMap((x) => Result.success(x + 1));
    console.log('success chain:', ok.isSuccess(), ok.value);
    const bad = Result.success(2).map(() => { throw new TypeError('map failed'); }).map((x) => x + 1);
    console.log('failure chain:', bad.isFailure(), bad.error.name, bad.error.message);

    const user = await fetchUserData(7);
    console.log('fetchUserData:', user.isFailure(), user.error.name, user.error.message);

    const seen = [];
    const handler = asyncWrapper(async (req) => {
        if (req.fail) throw new Error('handler failed');
        seen.push('handled ' + req.id);
    });
    await handler({ id: 1 }, {}, (err) => seen.push('next ' + err));
    await handler({ id: 2, fail: true }, {}, (err) => seen.push('next ' + err));
    console.log('asyncWrapper:', seen);

    const breaker = new CircuitBreaker({ failureThreshold: 2, resetTimeout: 50 });
    const failing = () => Promise.reject(new Error('service down'));
    for (let i = 0; i < 3; i++) {
        try {
            await breaker.execute(failing);
        } catch (err) {
            console.log(`call ${i + 1}: ${err.message} (state ${breaker.state}, failures ${breaker.failureCount})`);
        }
    }
    await new Promise((resolve) => setTimeout(resolve, 60));
    console.log('after reset timeout:', await breaker.execute(async () => 'recovered'), breaker.state);
    console.log('defaults:', new CircuitBreaker().failureThreshold, new CircuitBreaker().resetTimeout);
}
main();
