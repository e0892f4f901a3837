// What the suite measured (figures) and what it asserts (properties), printed as one table at
// the end; any property that does not hold fails the run.

type Figure = { scenario: string; name: string; value: string };
type Property = { scenario: string; name: string; ok: boolean; detail: string };

export class Report {
  readonly figures: Figure[] = [];
  readonly properties: Property[] = [];

  figure(scenario: string, name: string, value: string | number): void {
    this.figures.push({ scenario, name, value: String(value) });
  }

  /** A property that must hold; `detail` says what was seen. */
  check(scenario: string, name: string, ok: boolean, detail = ''): void {
    this.properties.push({ scenario, name, ok, detail });
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${scenario}: ${name}${detail ? ` (${detail})` : ''}`);
  }

  /** A scenario that threw before it could check everything counts as one failed property. */
  broke(scenario: string, error: unknown): void {
    this.check(scenario, 'ran to its end', false, error instanceof Error ? error.message.slice(0, 500) : String(error));
  }

  get failed(): number {
    return this.properties.filter((p) => !p.ok).length;
  }

  print(header: string): void {
    const rows = [['scenario', 'figure', 'value'], ...this.figures.map((f) => [f.scenario, f.name, f.value])];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    console.log(`\n${header}`);
    for (const [index, row] of rows.entries()) {
      console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
      if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    const failed = this.properties.filter((p) => !p.ok);
    console.log(`\n${this.properties.length - failed.length} properties hold, ${failed.length} violated`);
    for (const p of failed) console.log(`  VIOLATED ${p.scenario}: ${p.name} (${p.detail})`);
  }

  /** The counts scripts/test/summary.ts reads: every property is one test. */
  counts(): { passed: number; failed: number; skipped: number } {
    return { passed: this.properties.length - this.failed, failed: this.failed, skipped: 0 };
  }
}
