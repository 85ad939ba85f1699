// Jest 30 in its default CommonJS mode. Our packages' CommonJS builds load as they are; msw 2.13+ (which
// @auditkit/mock-api needs) requires three ES-module-only packages, so those three are compiled to CommonJS by
// babel-jest: the README's recipe, as a host would copy it.
const esmOnly = ['rettime', 'until-async', '@open-draft/deferred-promise'];

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.js'],
  transform: {
    [`/node_modules/(${esmOnly.join('|')})/.+\\.m?js$`]: [
      'babel-jest',
      { plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
};
