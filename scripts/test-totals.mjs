// Prints the test totals of the last `npm test` as one plain line, "N passed, N failed",
// from vitest's JSON reports, so a run that executed no test shows as such.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const name of ['unit', 'package']) {
  const file = new URL(`../reports/${name}.json`, import.meta.url);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  const failedTests = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  // A run can fail outside any one test (an unhandled error, a type error): count it as one failure.
  failed += failedTests === 0 && report.success === false ? 1 : failedTests;
}
console.log(`${passed} passed, ${failed} failed`);
