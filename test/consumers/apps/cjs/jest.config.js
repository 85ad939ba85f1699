// Jest 30 in its default CommonJS mode, no transform of node_modules: the packages' CommonJS builds load as they are.
module.exports = { testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.js'] };
