/** Jest runs TypeScript through ts-jest, transpile-only (isolatedModules); `npm run typecheck` does the type check. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['**/*.test.ts'],
  // the hardening suite (*.hard.test.ts) runs apart: npm run test:hard, jest.hard.config.js
  testPathIgnorePatterns: ['/node_modules/', '/web/dist/', '/e2e/', '\\.hard\\.test\\.ts$'],
  testTimeout: 30000,
  // the contract test: any server response in any suite that breaks the OpenAPI document fails its test
  setupFilesAfterEnv: ['<rootDir>/server/contract.setup.ts'],
};
