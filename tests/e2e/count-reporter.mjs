// Prints the one line `make test` reads: "test-e2e: N passed, N failed".
export default class CountReporter {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }

  onTestEnd(test, result) {
    // Count each test once, by its final outcome.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status !== 'skipped') this.failed += 1;
  }

  onEnd(result) {
    // A run that never got to its tests (server did not start) is a failure.
    if (this.passed + this.failed === 0 && result.status !== 'passed') this.failed = 1;
    console.log(`test-e2e: ${this.passed} passed, ${this.failed} failed`);
  }

  printsToStdio() {
    return false;
  }
}
