// File sizes as people read them («820 КБ», «12,4 МБ») and stable keys for chosen files.
import type { Lang } from '../../../api/types.ts';

/** The size in bytes, kilobytes or megabytes, in the language's units. */
export function formatSize(bytes: number, lang: Lang): string {
  const [b, kb, mb] = lang === 'en' ? ['B', 'KB', 'MB'] : ['Б', 'КБ', 'МБ'];
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} ${b}`;
  if (bytes < 1024 * 1024) return `${n(bytes / 1024)} ${kb}`;
  return `${n(bytes / 1024 / 1024)} ${mb}`;
}

const keys = new WeakMap<File, string>();
let counter = 0;

/** A key that stays with the same File object while it is listed. */
export function fileKey(file: File): string {
  let key = keys.get(file);
  if (!key) {
    counter += 1;
    key = `file-${counter}`;
    keys.set(file, key);
  }
  return key;
}
