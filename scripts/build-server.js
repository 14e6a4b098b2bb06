// Bundles the server (src/http/server.ts) into dist/server/srok.mjs for `npm start`: plain Node runs
// it without a TypeScript loader, which starts faster and keeps ~90 MB less memory resident.
// Packages stay external (node_modules); the SQL migrations are copied beside the bundle, where
// src/db/migrate.ts looks for them relative to itself.
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'server');
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'http', 'server.ts')],
  outfile: join(out, 'srok.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync(join(root, 'src', 'db', 'migrations'), join(out, 'migrations'), { recursive: true });
