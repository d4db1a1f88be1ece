// Seed: "Debugging & Profiling > Debugging Techniques" (ErrorTracker).
// Completion: the tracker is created and a promise is rejected without a
// handler; its unhandledRejection handler logs the error and exits with 1.
// Error tracking
class ErrorTracker {
    constructor() {
        this.errors = [];
        this.setupGlobalHandlers();
    }
    
    setupGlobalHandlers() {
        process.on('uncaughtException', (err) => {
            this.logError('uncaughtException', err);
            process.exit(1);
        });
        
        process.on('unhandledRejection', (reason, promise) => {
            this.logError('unhandledRejection', reason, { promise });
            process.exit(1);
        });
    }
    
    logError(type, error, context = {}) {
        const errorInfo = {
            type,
            message: error.message,
            stack: error.stack,
            timestamp: new Date().toISOString(),
            process: {
                pid: process.pid,
                memory: process.memoryUsage(),
                uptime: process.uptime()
            },
            context
        };
        
        this.errors.push(errorInfo);
        
        // Send to logging service
        this.sendToLoggingService(errorInfo);
    }
    
    async sendToLoggingService(errorInfo) {
        // Implementation for external logging service
        console.error('Error logged:', errorInfo);
    }
}

new ErrorTracker();
Promise.reject(new Error('lost promise'));
