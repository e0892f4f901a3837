// Sums the JSON reports of one `npm test` run into the closing line CI reads:
//   node --import tsx scripts/test/summary.ts exit:lint.status vitest:unit.json vitest:integration.json playwright:browser.json
// A report that is missing or unreadable means its suite could not run: it counts as one failure.
// `exit:` is a suite that only passes or fails as a whole (the linter): the file holds its exit
// status, and it counts as one test. `counts:` is a file of {passed, failed, skipped} (the
// reliability smoke, scripts/reliability).
// Prints the per-suite counts on stderr, each failed test under its suite (file, name and the first
// line of its error: CI shows only the end of the output, so a failure must be named there), and the
// line `N passed, N failed[, N skipped]` on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

type Counts = { passed: number; failed: number; skipped: number; failures: string[] };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
};

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
};

/** The first non-empty line of an error, without colour codes, at most 300 characters. */
function firstLine(message: string | undefined): string {
  const clean = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = clean.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}

function relative(file: string): string {
  return file.startsWith(process.cwd() + '/') ? file.slice(process.cwd().length + 1) : file;
}

function fromVitest(report: VitestReport): Counts {
  // A file that fails to load has no test results of its own but must still fail the run.
  const files = report.testResults ?? [];
  const brokenFiles = files.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  const failures = files.flatMap((f) => [
    ...(f.status === 'failed' && f.assertionResults.length === 0 ? [`${relative(f.name)}: ${firstLine(f.message)}`] : []),
    ...f.assertionResults
      .filter((t) => t.status === 'failed')
      .map((t) => `${relative(f.name)} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`),
  ]);
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

function fromPlaywright(report: PlaywrightReport): Counts {
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failures: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const last = test.results[test.results.length - 1];
        failures.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(last?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  // Errors outside any test (a broken config, a global setup that threw).
  for (const error of report.errors ?? []) failures.push(`outside any test: ${firstLine(error.message)}`);
  // A spec can be listed under more than one suite of the report: each is named once.
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped, failures: [...new Set(failures)] };
}

function fromExitStatus(text: string, file: string): Counts {
  const status = Number.parseInt(text.trim(), 10);
  if (Number.isNaN(status)) throw new Error(`no exit status in the report (${JSON.stringify(text.slice(0, 40))})`);
  return status === 0
    ? { passed: 1, failed: 0, skipped: 0, failures: [] }
    : { passed: 0, failed: 1, skipped: 0, failures: [`${basename(file, '.status')} exited with status ${status} (see its output above)`] };
}

function read(kind: string, file: string): Counts {
  if (!existsSync(file)) throw new Error('no report was written');
  if (kind === 'exit') return fromExitStatus(readFileSync(file, 'utf8'), file);
  if (kind === 'counts') return { failures: [], ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<Counts, 'failures'>) };
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') return fromVitest(report as VitestReport);
  if (kind === 'playwright') return fromPlaywright(report as PlaywrightReport);
  throw new Error(`unknown report kind ${kind}`);
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const argument of process.argv.slice(2)) {
  const [kind = '', file = ''] = argument.split(/:(.*)/s);
  let counts: Counts;
  try {
    counts = read(kind, file);
    console.error(`  ${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const failure of counts.failures) console.error(`    ✗ ${failure}`);
  } catch (error) {
    console.error(`  ${file}: the suite did not run (${error instanceof Error ? error.message : String(error)})`);
    counts = { passed: 0, failed: 1, skipped: 0, failures: [] };
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
