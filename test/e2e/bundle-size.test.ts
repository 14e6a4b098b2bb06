// The bundle-size report reads what index.html loads up front and follows static imports only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  entryScripts,
  firstPageScripts,
  reportBundleSize,
  staticImports,
} from '../../scripts/bundle-size.js';

describe('размер первой страницы', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('находит модульные скрипты и modulepreload, но не внешние адреса', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index.css">
      <script src="https://example.com/x.js" type="module"></script>`;
    expect(entryScripts(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });

  it('следует за статическими импортами, но не за import()', () => {
    const code = `import{a as b}from"./vendor-b.js";import"./side.js";export{c}from'./re.js';const l=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./vendor-b.js', './side.js', './re.js']);
  });

  it('считает gzip всех файлов первой страницы и сообщает предел', () => {
    dir = mkdtempSync(join(tmpdir(), 'srok-bundle-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/assets/index.js"></script>');
    writeFileSync(join(dir, 'assets', 'index.js'), 'import"./dep.js";import("./lazy.js");');
    writeFileSync(join(dir, 'assets', 'dep.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'lazy.js'), 'x'.repeat(1_000_000));
    expect(firstPageScripts(dir).map((s) => s.file)).toEqual(['assets/index.js', 'assets/dep.js']);
    const lines: string[] = [];
    expect(reportBundleSize(dir, (l) => lines.push(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^портал: первая страница \d+\.\d kB JS \(gzip\), предел 300 kB$/);
  });
});
