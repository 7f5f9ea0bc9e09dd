module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'papi',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
