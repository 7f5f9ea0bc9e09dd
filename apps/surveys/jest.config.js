module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'surveys',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
