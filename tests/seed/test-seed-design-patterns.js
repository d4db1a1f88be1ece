// Seed: "Best Practices & Patterns > Design Patterns".
// Completion: each pattern is exercised below; files are written in a fresh
// temporary directory, and ConsoleLogger timestamps are checked, not printed.
// 1. Singleton Pattern
class Database {
    constructor() {
        if (Database.instance) {
            return Database.instance;
        }
        
        this.connection = null;
        Database.instance = this;
    }
    
    async connect() {
        if (!this.connection) {
            // Simulate database connection
            this.connection = { connected: true };
        }
        return this.connection;
    }
}

// 2. Factory Pattern
class LoggerFactory {
    static createLogger(type, options = {}) {
        switch (type) {
            case 'console':
                return new ConsoleLogger(options);
            case 'file':
                return new FileLogger(options);
            case 'remote':
                return new RemoteLogger(options);
            default:
                throw new Error(`Unknown logger type: ${type}`);
        }
    }
}

class ConsoleLogger {
    log(message) {
        console.log(`[${new Date().toISOString()}] ${message}`);
    }
}

class FileLogger {
    constructor(options) {
        this.filename = options.filename || 'app.log';
    }
    
    log(message) {
        require('fs').appendFileSync(this.filename, 
            `[${new Date().toISOString()}] ${message}\n`);
    }
}

// 3. Observer Pattern
class EventEmitter {
    constructor() {
        this.events = {};
    }
    
    on(event, listener) {
        if (!this.events[event]) {
            this.events[event] = [];
        }
        this.events[event].push(listener);
    }
    
    emit(event, data) {
        if (this.events[event]) {
            this.events[event].forEach(listener => listener(data));
        }
    }
    
    off(event, listenerToRemove) {
        if (this.events[event]) {
            this.events[event] = this.events[event].filter(
                listener => listener !== listenerToRemove
            );
        }
    }
}

// 4. Strategy Pattern
class PaymentProcessor {
    constructor(strategy) {
        this.strategy = strategy;
    }
    
    processPayment(amount) {
        return this.strategy.process(amount);
    }
    
    setStrategy(strategy) {
        this.strategy = strategy;
    }
}

class CreditCardStrategy {
    process(amount) {
        return `Processing $${amount} via Credit Card`;
    }
}

class PayPalStrategy {
    process(amount) {
        return `Processing $${amount} via PayPal`;
    }
}

// 5. Command Pattern
class Command {
    execute() {
        throw new Error('Execute method must be implemented');
    }
    
    undo() {
        throw new Error('Undo method must be implemented');
    }
}

class FileOperationCommand extends Command {
    constructor(operation, filename, content) {
        super();
        this.operation = operation;
        this.filename = filename;
        this.content = content;
        this.previousContent = null;
    }
    
    execute() {
        const fs = require('fs');
        
        if (this.operation === 'write') {
            if (fs.existsSync(this.filename)) {
                this.previousContent = fs.readFileSync(this.filename, 'utf8');
            }
            fs.writeFileSync(this.filename, this.content);
        }
    }
    
    undo() {
        const fs = require('fs');
        
        if (this.operation === 'write') {
            if (this.previousContent !== null) {
                fs.writeFileSync(this.filename, this.previousContent);
            } else {
                fs.unlinkSync(this.filename);
            }
        }
    }
}

// Usage.
const assert = require('assert');
const workDir = require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'seed-patterns-'));
process.chdir(workDir);
process.on('exit', () => require('fs').rmSync(workDir, { recursive: true }));

const db1 = new Database();
const db2 = new Database();
db1.connect().then((conn) => console.log('singleton:', db1 === db2, conn, db2.connection === conn));

const log = console.log;
let line;
console.log = (text) => { line = text; };
LoggerFactory.createLogger('console').log('hello');
console.log = log;
assert.match(line, /^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] hello$/);
const fileLogger = LoggerFactory.createLogger('file', { filename: 'patterns.log' });
fileLogger.log('one');
fileLogger.log('two');
console.log('file logger:', require('fs').readFileSync('patterns.log', 'utf8')
    .split('\n').map((l) => l.replace(/^\[[^\]]+\] /, '')));
console.log('default filename:', LoggerFactory.createLogger('file').filename);
for (const type of ['remote', 'carrier-pigeon']) {
    try {
        LoggerFactory.createLogger(type);
    } catch (err) {
        console.log(`${type}: ${err.name}: ${err.message}`);
    }
}

const emitter = new EventEmitter();
const onGreet = (data) => console.log('greet', data);
emitter.on('greet', onGreet);
emitter.on('greet', (data) => console.log('greet again', data));
emitter.emit('greet', { n: 1 });
emitter.off('greet', onGreet);
emitter.emit('greet', { n: 2 });
emitter.emit('nobody-listens', 3);

const payments = new PaymentProcessor(new CreditCardStrategy());
console.log(payments.processPayment(100));
payments.setStrategy(new PayPalStrategy());
console.log(payments.processPayment(42.5));

const fs = require('fs');
const create = new FileOperationCommand('write', 'command.txt', 'first');
create.execute();
console.log('after execute:', fs.readFileSync('command.txt', 'utf8'));
const overwrite = new FileOperationCommand('write', 'command.txt', 'second');
overwrite.execute();
console.log('after overwrite:', fs.readFileSync('command.txt', 'utf8'));
overwrite.undo();
console.log('after undo:', fs.readFileSync('command.txt', 'utf8'));
create.undo();
console.log('after undo of create:', fs.existsSync('command.txt'));
try {
    new Command().execute();
} catch (err) {
    console.log(err.message);
}
