// The portal's small component kit over native elements: accessible by default (labels tied to
// inputs, errors announced), styled by styles.css.
import { type ComponentProps, type ReactNode, useEffect, useId, useRef } from 'react';
import { ApiError } from '../api/client.ts';
import { useLang } from '../i18n/i18n.tsx';

/** The portal's name: transliterated in English, as in the footer and the mails. */
export const BRAND = { ru: 'Срок', en: 'Srok' } as const;

/** A page with its title as the one h1 and the document title. */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { lang } = useLang();
  if (typeof document !== 'undefined') document.title = `${title} — ${BRAND[lang]}`;
  return (
    <section className="page">
      <header className="page-head">
        <h1>{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** A button; `kind` picks the look (primary, secondary, danger, link). */
export function Button({
  kind = 'primary',
  className,
  type = 'button',
  ...rest
}: ComponentProps<'button'> & { kind?: 'primary' | 'secondary' | 'danger' | 'link' }) {
  return <button type={type} className={`btn btn-${kind}${className ? ` ${className}` : ''}`} {...rest} />;
}

/** A labelled form control; `hint` and `error` are linked by aria-describedby. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Shows an error from the server (its localized message) or any other failure; with `focus`, each new
 * error takes the focus (a failed save's button was disabled while sending, and lost it).
 */
export function ErrorBox({ error, focus = false }: { error: unknown; focus?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && error) box.current?.focus();
  }, [focus, error]);
  if (!error) return null;
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <div ref={box} className="alert alert-error" role="alert" {...(focus ? { tabIndex: -1 } : {})}>
      {message}
    </div>
  );
}

/** A calm status line: info, success or warning. */
export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      {children}
    </div>
  );
}

/** A small coloured label (status, priority, warning, breach). */
export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'info' | 'ok' | 'warn' | 'bad';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** A polite "loading…" for pending queries. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" aria-live="polite">
      {label}
    </p>
  );
}

/** "Show more" under a paged list: hidden when there is no next page, disabled while it loads. */
export function MoreButton({
  pages,
  label,
  loadingLabel,
  className,
}: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label: string;
  loadingLabel?: string;
  className?: string;
}) {
  if (!pages.hasNextPage) return null;
  return (
    <div className={className}>
      <Button kind="secondary" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
        {pages.isFetchingNextPage && loadingLabel ? loadingLabel : label}
      </Button>
    </div>
  );
}
