// Two tabs under the actions: the conversation and the history (the WAI-ARIA tabs pattern, arrow keys).
import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { conversationTexts } from '../conversation/conversation-texts.ts';

type TabName = 'conversation' | 'history';
const TABS: readonly TabName[] = ['conversation', 'history'];

/** The tab list and the shown panel; the hidden panel is not rendered (history loads on demand). */
export function Tabs({
  value,
  onChange,
  conversation,
  history,
}: {
  value: TabName;
  onChange: (tab: TabName) => void;
  conversation: ReactNode;
  history: ReactNode;
}) {
  const t = useT(conversationTexts);
  const id = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = TABS.indexOf(value);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TABS.length - 1
          : (i + (e.key === 'ArrowRight' ? 1 : -1) + TABS.length) % TABS.length;
    const tab = TABS[next] ?? 'conversation';
    onChange(tab);
    refs.current[tab]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={t('tabs')} className="tab-list">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={value === name}
            aria-controls={value === name ? `${id}-${name}-panel` : undefined}
            tabIndex={value === name ? 0 : -1}
            className="tab"
            onClick={() => onChange(name)}
            onKeyDown={onKey}
          >
            {t(name)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-${value}-panel`}
        aria-labelledby={`${id}-${value}`}
        className="tab-panel"
      >
        <h2 className="visually-hidden">{t(value)}</h2>
        {value === 'conversation' ? conversation : history}
      </div>
    </div>
  );
}
