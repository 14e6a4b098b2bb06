// Queue shortcuts: j / k move between tickets, Enter opens the focused one (a real link), / searches.
// Keys are read by position (e.code), so they work in the Russian layout too.
import { type RefObject, useEffect } from 'react';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Listens on the document while the queue is shown. */
export function useQueueKeys(
  table: RefObject<HTMLElement | null>,
  search: RefObject<HTMLInputElement | null>,
) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      if (e.key === '/' || e.code === 'Slash') {
        e.preventDefault();
        search.current?.focus();
        return;
      }
      const step = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
      if (step === 0) return;
      const links = Array.from(
        table.current?.querySelectorAll<HTMLAnchorElement>('a[data-queue-link]') ?? [],
      );
      if (links.length === 0) return;
      e.preventDefault();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next =
        at === -1 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
      links[next]?.focus();
      links[next]?.closest('tr')?.scrollIntoView?.({ block: 'nearest' });
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [table, search]);
}
