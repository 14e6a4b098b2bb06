#!/usr/bin/env node
// The package's `srok` command: runs the TypeScript CLI through tsx.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.ts'));
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
