/** Every test: a server response that broke the API contract (contract-check.ts) fails the test. */
import { takeViolations } from './contract-violations';

afterEach(() => {
  const violations = takeViolations();
  if (violations.length) {
    throw new Error(`responses that break the OpenAPI document:\n${violations.join('\n')}`);
  }
});
