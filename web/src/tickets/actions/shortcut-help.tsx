// The list of keyboard shortcuts, opened with `?`.
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/ui.tsx';
import { actionTexts } from './action-texts.ts';
import { SHORTCUTS } from './shortcuts.ts';

/** A small non-modal panel listing the shortcuts; focus moves to it and Close returns. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT(actionTexts);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="card shortcut-help"
      role="dialog"
      aria-labelledby="shortcut-help-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="shortcut-help-title">{t('shortcuts')}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.key}>
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{t(`do.${s.action}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t('helpKey')}</dd>
        </div>
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>{t('escKey')}</dd>
        </div>
      </dl>
      <Button kind="secondary" onClick={onClose}>
        {t('close')}
      </Button>
    </div>
  );
}
