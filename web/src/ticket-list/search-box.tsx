// The list's search: words from the subject, description and conversation, or a ticket number; applied on Enter.
import { type Ref, useId, useState } from 'react';
import { defineTexts, useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/ui.tsx';

const texts = defineTexts({
  ru: {
    label: 'Поиск',
    hint: 'Слова из темы, описания и переписки или номер (SR-1042)',
    find: 'Найти',
    clear: 'Сбросить',
  },
  en: {
    label: 'Search',
    hint: 'Words from the subject, description or conversation, or a number (SR-1042)',
    find: 'Search',
    clear: 'Clear',
  },
});

/** A search field with its button; `onSearch('')` clears the search. Remount (key) to reset it. */
export function SearchBox({
  initial,
  onSearch,
  inputRef,
}: {
  initial: string;
  onSearch: (text: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useT(texts);
  const id = useId();
  const [text, setText] = useState(initial);
  return (
    <search className="search-box">
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(text.trim());
        }}
      >
        <label htmlFor={id}>{t('label')}</label>
        <div className="search-row">
          <input
            id={id}
            ref={inputRef}
            type="search"
            maxLength={200}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" kind="secondary">
            {t('find')}
          </Button>
          {initial ? (
            <Button
              kind="link"
              onClick={() => {
                setText('');
                onSearch('');
              }}
            >
              {t('clear')}
            </Button>
          ) : null}
        </div>
        <p className="field-hint" id={`${id}-hint`}>
          {t('hint')}
        </p>
      </form>
    </search>
  );
}
