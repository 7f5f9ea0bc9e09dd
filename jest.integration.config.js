// Integration tier: *.integration-spec.ts against the real Kafka, PostgreSQL and Redis started by
// tools/test/run-all.mjs (or by `node tools/test/infra.mjs up` when running one file by hand).
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'],
  testTimeout: 60000,
};
