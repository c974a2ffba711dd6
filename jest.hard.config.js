/** The hardening suite (`npm run test:hard`): fuzzing, load, kills and hostile portals; slower than `npm test`. */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/*.hard.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/web/dist/', '/e2e/'],
  testTimeout: 600000,
};
