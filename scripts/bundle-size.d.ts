// Types of scripts/bundle-size.js for the TypeScript tests that use it.
export declare const LIMIT_KB: number;
export declare function entryScripts(html: string): string[];
export declare function staticImports(code: string): string[];
export declare function firstPageScripts(dir: string): { file: string; bytes: number; gzip: number }[];
export declare function reportBundleSize(dir: string, log?: (line: string) => void): boolean;
