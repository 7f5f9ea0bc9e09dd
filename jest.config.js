// Unit tier across every project (*.spec.ts beside the code). Each project also has its own
// jest.config.js, run by `nx test <project>` (cached by Nx).
module.exports = {
  projects: [
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/libs/platform/*/jest.config.js',
  ],
};
