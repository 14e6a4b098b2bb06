// The JavaScript the portal's first page loads, gzipped: index.html's module scripts and
// modulepreload links, plus every chunk they import statically (lazy import() chunks are not
// counted). Fails above the limit. Usage: node scripts/bundle-size.js [build folder, default dist/web]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMIT_KB = 300;

/** Local script paths index.html loads up front (module scripts and modulepreload links). */
export function entryScripts(html) {
  const found = new Set();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\btype\s*=\s*["']?module/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) found.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) found.add(href);
  }
  return [...found].filter((p) => !/^(?:[a-z]+:)?\/\//i.test(p));
}

/** Relative specifiers of a chunk's static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const found = new Set();
  const re = /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found];
}

/** Every JS file the first page loads, with its raw and gzipped size in bytes. */
export function firstPageScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = entryScripts(html).map((p) => posix.normalize(p.replace(/^\//, '')));
  const seen = new Map();
  while (queue.length > 0) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    const file = join(dir, rel);
    if (!existsSync(file)) throw new Error(`index.html ссылается на отсутствующий файл ${rel}`);
    const code = readFileSync(file);
    seen.set(rel, { file: rel, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const spec of staticImports(code.toString('utf8')))
      queue.push(posix.normalize(posix.join(posix.dirname(rel), spec)));
  }
  return [...seen.values()];
}

/** Measures a build; prints the one-line report (and the files); returns whether it is within the limit. */
export function reportBundleSize(dir, log = console.log) {
  const scripts = firstPageScripts(dir);
  const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const kb = (n) => (n / 1024).toFixed(1);
  for (const s of scripts) log(`  ${s.file}: ${kb(s.bytes)} kB, gzip ${kb(s.gzip)} kB`);
  const within = gzip <= LIMIT_KB * 1024;
  log(
    `портал: первая страница ${kb(gzip)} kB JS (gzip), предел ${LIMIT_KB} kB${within ? '' : ' — ПРЕВЫШЕН'}`,
  );
  return within;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = process.argv[2] ?? join(root, 'dist', 'web');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`нет сборки портала в ${dir}: сначала npm run build`);
    process.exit(2);
  }
  process.exit(reportBundleSize(dir) ? 0 : 1);
}
