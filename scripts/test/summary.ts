// Sums the JSON reports of one `npm test` run into the closing line CI reads:
//   node --import tsx scripts/test/summary.ts exit:lint.status vitest:unit.json vitest:integration.json playwright:browser.json
// A report that is missing or unreadable means its suite could not run: it counts as one failure.
// `exit:` is a suite that only passes or fails as a whole (the linter): the file holds its exit
// status, and it counts as one test. `counts:` is a file of {passed, failed, skipped} (the
// reliability smoke, scripts/reliability).
// Prints the per-suite counts on stderr and the line `N passed, N failed[, N skipped]` on stdout.
import { existsSync, readFileSync } from 'node:fs';

type Counts = { passed: number; failed: number; skipped: number };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults?: { status: string; assertionResults: unknown[] }[];
};

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
};

function fromVitest(report: VitestReport): Counts {
  // A file that fails to load has no test results of its own but must still fail the run.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function fromPlaywright(report: PlaywrightReport): Counts {
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Errors outside any test (a broken config, a global setup that threw).
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
}

function fromExitStatus(text: string): Counts {
  const status = Number.parseInt(text.trim(), 10);
  if (Number.isNaN(status)) throw new Error(`no exit status in the report (${JSON.stringify(text.slice(0, 40))})`);
  return status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

function read(kind: string, file: string): Counts {
  if (!existsSync(file)) throw new Error('no report was written');
  if (kind === 'exit') return fromExitStatus(readFileSync(file, 'utf8'));
  if (kind === 'counts') return JSON.parse(readFileSync(file, 'utf8')) as Counts;
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') return fromVitest(report as VitestReport);
  if (kind === 'playwright') return fromPlaywright(report as PlaywrightReport);
  throw new Error(`unknown report kind ${kind}`);
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const argument of process.argv.slice(2)) {
  const [kind = '', file = ''] = argument.split(/:(.*)/s);
  let counts: Counts;
  try {
    counts = read(kind, file);
    console.error(`  ${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  } catch (error) {
    console.error(`  ${file}: the suite did not run (${error instanceof Error ? error.message : String(error)})`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
