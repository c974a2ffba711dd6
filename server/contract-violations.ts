/**
 * The contract test's tally: the test app records each response that departs from the OpenAPI document,
 * and an afterEach hook (contract.setup.ts) fails the test that produced it.
 */
const recorded: string[] = [];

export function recordViolations(violations: string[]): void {
  recorded.push(...violations);
}

/** Takes the violations recorded since the last call. */
export function takeViolations(): string[] {
  return recorded.splice(0, recorded.length);
}
