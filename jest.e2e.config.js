/** The browser suite (`npm run test:e2e`): the built explorer in Debian's chromium, against the real server. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  testTimeout: 60000,
  // the browser's requests are checked against the OpenAPI document too
  setupFilesAfterEnv: ['<rootDir>/server/contract.setup.ts'],
};
