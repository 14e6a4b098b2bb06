// The `srok` command: dispatches to its subcommands and turns every failure into a clear message.
import { DomainError } from '../domain/errors.ts';
import { type Lang, pickLang } from '../i18n/index.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './io.ts';
import { runTimeCommand } from './time-command.ts';

const USAGE = `Использование (usage): srok [--lang ru|en] <команда>
  srok time add|sub|between|is-working|next-working|previous-working|explain|batch …
  srok calendar import|show …`;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: Omit<CliIo, 'lang'> & { lang?: Lang }): Promise<number> {
  const args = [...argv];
  let lang = io.lang ?? pickLang(process.env.SROK_LANG);
  const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const arg = args[langAt]!;
    const value = arg.includes('=') ? arg.split('=')[1] : args[langAt + 1];
    args.splice(langAt, arg.includes('=') ? 1 : 2);
    lang = pickLang(value);
  }
  const ctx: CliIo = { ...io, lang };
  try {
    const [command, ...rest] = args;
    if (command === 'time') return await runTimeCommand(rest, ctx);
    if (command === 'calendar') {
      const { runCalendarCommand } = await import('./calendar-command.ts');
      return await runCalendarCommand(rest, ctx);
    }
    ctx.err(`${USAGE}\n`);
    return 2;
  } catch (err) {
    ctx.err(`${describeFailure(err, lang)}\n`);
    return 2;
  }
}

function describeFailure(err: unknown, lang: Lang): string {
  if (err instanceof DomainError) return err.localize(lang);
  if (err instanceof UsageError) return err.message;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (err as Error).message;
  throw err;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli/main.ts')) {
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
