require('./fixtures/syntax-error.js');
