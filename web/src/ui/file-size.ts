// File sizes as people read them («820 КБ», «12,4 МБ») and stable keys for chosen files.
import type { Lang } from '../api/types.ts';

/** The size in bytes, kilobytes, megabytes or gigabytes, in the language's units. */
export function formatSize(bytes: number, lang: Lang): string {
  const units = lang === 'en' ? ['B', 'KB', 'MB', 'GB'] : ['Б', 'КБ', 'МБ', 'ГБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const n = value.toLocaleString(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: unit ? 1 : 0 });
  return `${n} ${units[unit]}`;
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
