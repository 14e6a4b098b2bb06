// What a CLI command may touch: its streams and the language; injected so commands are testable.
import type { Readable } from 'node:stream';
import type { Lang } from '../i18n/index.ts';

export interface CliIo {
  stdin: Readable;
  out: (text: string) => void; // writes as is; add '\n' yourself
  err: (text: string) => void;
  lang: Lang;
}

/** A failure a command reports as one line on stderr with exit code 2. */
export class UsageError extends Error {}
