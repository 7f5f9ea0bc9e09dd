module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'plans',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
