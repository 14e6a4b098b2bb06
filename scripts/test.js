// `npm test`: typecheck, lint, the portal's build and its first-page size, then every Vitest file
// (the browser tests reuse that build); ends with one line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportBundleSize } from './bundle-size.js';

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
const webDir = join(dir, 'web');
console.log('\n▶ сборка портала (vite build)');
if (run(bin('vite'), ['build', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn']) !== 0) {
  console.error('\n✗ сборка портала: failed');
  process.exit(1);
}
const bundleWithinLimit = reportBundleSize(webDir);

const ci = (process.env.CI ?? '') !== '' && !['0', 'false'].includes(process.env.CI.toLowerCase());
const chromium = '/usr/bin/chromium';
const browserMissing = !existsSync(chromium);
const report = join(dir, 'vitest.json');
console.log('\n▶ тесты (vitest)');
const code =
  spawnSync(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, SROK_E2E_WEB_DIR: webDir } },
  ).status ?? 1;
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
if (!bundleWithinLimit) console.error(`\n✗ первая страница портала тяжелее предела (scripts/bundle-size.js)`);
if (browserMissing && ci)
  console.error(`\n✗ в CI браузерные тесты обязательны: нет ${chromium} — apt-get install -y chromium`);
else if (browserMissing)
  console.log(`\nбраузерные тесты пропущены: нет ${chromium} — apt-get install -y chromium`);
console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
const failed = code !== 0 || summary.failed > 0 || !bundleWithinLimit || (ci && browserMissing);
process.exit(failed ? 1 : 0);
