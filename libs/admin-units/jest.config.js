module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'admin-units',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
