// Seed: "Best Practices & Patterns > Configuration Management".
// Completion: ./config.json is a fixture beside this test; the variables the
// manager reads are cleared so defaults are stable; set() is called so the
// watcher fires. Application.start() needs the http module and is not run.
for (const name of ['PORT', 'NODE_ENV', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASSWORD']) delete process.env[name];
process.env.DB_NAME = 'seeddb';
// Configuration manager
class ConfigManager {
    constructor() {
        this.config = {};
        this.watchers = [];
        this.loadConfig();
    }
    
    loadConfig() {
        // Load from environment variables
        this.config.port = process.env.PORT || 3000;
        this.config.nodeEnv = process.env.NODE_ENV || 'development';
        this.config.database = {
            host: process.env.DB_HOST || 'localhost',
            port: process.env.DB_PORT || 5432,
            name: process.env.DB_NAME || 'app',
            user: process.env.DB_USER || 'user',
            password: process.env.DB_PASSWORD || 'password'
        };
        
        // Load from config file if exists
        try {
            const configFile = require('./config.json');
            this.config = { ...this.config, ...configFile };
        } catch (err) {
            // Config file doesn't exist or is invalid
        }
        
        this.notifyWatchers();
    }
    
    get(key, defaultValue = undefined) {
        const keys = key.split('.');
        let value = this.config;
        
        for (const k of keys) {
            if (value && typeof value === 'object' && k in value) {
                value = value[k];
            } else {
                return defaultValue;
            }
        }
        
        return value;
    }
    
    set(key, value) {
        const keys = key.split('.');
        let current = this.config;
        
        for (let i = 0; i < keys.length - 1; i++) {
            const k = keys[i];
            if (!(k in current) || typeof current[k] !== 'object') {
                current[k] = {};
            }
            current = current[k];
        }
        
        current[keys[keys.length - 1]] = value;
        this.notifyWatchers();
    }
    
    watch(callback) {
        this.watchers.push(callback);
    }
    
    notifyWatchers() {
        this.watchers.forEach(callback => callback(this.config));
    }
}

// Usage
const config = new ConfigManager();

config.watch((newConfig) => {
    console.log('Configuration updated:', newConfig);
});

// Application startup
class Application {
    constructor() {
        this.config = new ConfigManager();
        this.server = null;
    }
    
    async start() {
        const port = this.config.get('port');
        const nodeEnv = this.config.get('nodeEnv');
        
        console.log(`Starting application in ${nodeEnv} mode on port ${port}`);
        
        // Initialize database
        await this.initDatabase();
        
        // Start HTTP server
        this.server = http.createServer((req, res) => {
            // Handle requests
        });
        
        this.server.listen(port, () => {
            console.log(`Server listening on port ${port}`);
        });
    }
    
    async initDatabase() {
        const dbConfig = this.config.get('database');
        // Initialize database connection
    }
    
    async shutdown() {
        if (this.server) {
            this.server.close();
        }
        // Close database connections
        // Clean up resources
    }
}

// Usage, continued.
console.log(config.get('port'), config.get('nodeEnv'), config.get('database.name'),
            config.get('features.cache'), config.get('database.missing', 'fallback'), config.get('a.b.c'));
config.set('database.host', 'db.internal');
config.set('cache.ttl.seconds', 30);
const app = new Application();
console.log(app.config.get('database.host'), app.server, typeof app.start, require.cache[require.resolve('./config.json')] !== undefined);
