// `npm test`: typecheck, lint, then every Vitest file; ends with one line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const steps = [
  ['типы (typecheck)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['типы портала (typecheck web)', bin('tsc'), ['--noEmit', '-p', 'web/tsconfig.json']],
  ['стиль (lint)', bin('biome'), ['check', '.']],
];
for (const [label, cmd, args] of steps) {
  console.log(`\n▶ ${label}`);
  if (run(cmd, args) !== 0) {
    console.error(`\n✗ ${label}: failed`);
    process.exit(1);
  }
}

if (process.env.TEST_DATABASE_URL) console.log('\nPostgreSQL tests: on (TEST_DATABASE_URL is set)');
else console.log('\nPostgreSQL tests: skipped — set TEST_DATABASE_URL to run them (CI does)');

const dir = mkdtempSync(join(tmpdir(), 'srok-test-'));
const report = join(dir, 'vitest.json');
console.log('\n▶ тесты (vitest)');
const code = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let summary = null;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  summary = {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  };
} catch {
  // no report: vitest itself failed before running tests
}
rmSync(dir, { recursive: true, force: true });
if (!summary) {
  console.error('vitest produced no report');
  process.exit(code || 1);
}
if (summary.passed === 0) {
  console.error('no test ran');
  process.exit(1);
}
console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exit(code !== 0 || summary.failed > 0 ? 1 : 0);
