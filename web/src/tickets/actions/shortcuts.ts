// Keyboard shortcuts of the support workspace's ticket page: a single key, never while typing. Keys
// are matched by their physical position (KeyR…), so they work with the Russian layout too.
import { useEffect, useRef } from 'react';
import type { ActionId } from './available-actions.ts';

export const SHORTCUTS: readonly { key: string; action: ActionId }[] = [
  { key: 'r', action: 'reply' },
  { key: 'n', action: 'note' },
  { key: 'i', action: 'request_info' },
  { key: 's', action: 'propose' },
  { key: 't', action: 'take' },
  { key: 'p', action: 'parameters' },
];

/** Whether a key press happens while the user is typing (or uses a modifier): shortcuts stay quiet. */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const el = e.target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Calls `onAction` for a shortcut of an available action, `onHelp` for `?`, `onEscape` for Escape (also
 * while typing); a missing handler leaves its key alone.
 */
export function useShortcuts(
  enabled: boolean,
  available: readonly ActionId[],
  handlers: { onAction?: (a: ActionId) => void; onHelp?: () => void; onEscape?: () => void },
): void {
  const ref = useRef({ handlers, available });
  ref.current = { handlers, available };
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => {
      const { handlers, available } = ref.current;
      if (e.defaultPrevented) return;
      if (e.key === 'Escape') {
        handlers.onEscape?.();
        return;
      }
      if (isTyping(e)) return;
      if (e.key === '?') {
        if (!handlers.onHelp) return;
        e.preventDefault();
        handlers.onHelp();
        return;
      }
      if (!handlers.onAction) return;
      const hit = SHORTCUTS.find((s) => e.code === `Key${s.key.toUpperCase()}` || e.key === s.key);
      if (hit && available.includes(hit.action)) {
        e.preventDefault();
        handlers.onAction(hit.action);
      }
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
