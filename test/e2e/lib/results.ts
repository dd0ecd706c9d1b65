/** Counts the run's checks and prints each; the closing line is `e2e: N passed, M failed`. */

export class Results {
  passed = 0;
  failed = 0;
  readonly failures: string[] = [];

  pass(name: string): void {
    this.passed++;
    console.log(`  ok    ${name}`);
  }

  fail(name: string, error: unknown): void {
    this.failed++;
    const text = error instanceof Error ? error.message.split('\n').slice(0, 40).join('\n        ') : String(error);
    this.failures.push(`${name}: ${text}`);
    console.log(`  FAIL  ${name}\n        ${text}`);
  }

  /** Run one check; a throw fails it and the run goes on. */
  async check(name: string, body: () => Promise<void> | void): Promise<boolean> {
    try {
      await body();
      this.pass(name);
      return true;
    } catch (error) {
      this.fail(name, error);
      return false;
    }
  }

  summary(): string {
    return `e2e: ${this.passed} passed, ${this.failed} failed`;
  }
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
