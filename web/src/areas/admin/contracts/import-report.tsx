// The verdict of a CSV import, line by line: failed lines first, each with its reasons.
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Badge, Notice } from '../../../ui/ui.tsx';
import type { ImportResult } from '../admin-api.ts';

const texts = defineTexts({
  ru: {
    summaryReal: 'Добавлено представителей: {added}. Строк с ошибками: {invalid}.',
    summaryDry: 'Проверка без записи: годных строк — {valid}, строк с ошибками — {invalid}.',
    failed: 'Строки с ошибками',
    failedHint: 'Эти строки не загружены. Исправьте их в файле и загрузите файл ещё раз.',
    good: 'Строки без ошибок',
    line: 'Строка',
    name: 'Имя',
    email: 'E-mail',
    status: 'Итог',
    reasons: 'Причина',
    added: 'добавлен',
    valid: 'годится',
    invalid: 'ошибка',
  },
  en: {
    summaryReal: 'Representatives added: {added}. Lines with errors: {invalid}.',
    summaryDry: 'Checked without saving: {valid} valid lines, {invalid} lines with errors.',
    failed: 'Lines with errors',
    failedHint: 'These lines were not loaded. Fix them in the file and upload it again.',
    good: 'Lines without errors',
    line: 'Line',
    name: 'Name',
    email: 'E-mail',
    status: 'Result',
    reasons: 'Reason',
    added: 'added',
    valid: 'valid',
    invalid: 'error',
  },
});

/** Shows how many lines were added and, for each failed line, why. */
export function ImportReport({ result }: { result: ImportResult }) {
  const t = useT(texts);
  const failed = result.rows.filter((r) => r.status === 'invalid');
  const good = result.rows.filter((r) => r.status !== 'invalid');
  const summary = result.dryRun
    ? t('summaryDry', { valid: good.length, invalid: failed.length })
    : t('summaryReal', { added: result.added, invalid: result.invalid });
  return (
    <div>
      <Notice kind={failed.length > 0 ? 'warning' : 'success'}>{summary}</Notice>
      {failed.length > 0 ? (
        <>
          <h3>{t('failed')}</h3>
          <p className="muted">{t('failedHint')}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('email')}</th>
                  <th scope="col">{t('reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {failed.map((r) => (
                  <tr key={r.line} className="row-bad">
                    <td>{r.line}</td>
                    <td>{r.name ?? '—'}</td>
                    <td>{r.email ?? '—'}</td>
                    <td>
                      <ul className="admin-errors">
                        {(r.reasons ?? []).map((reason) => (
                          <li key={`${reason.code}-${reason.field ?? ''}`}>{reason.message}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {good.length > 0 ? (
        <details>
          <summary>
            {t('good')} ({good.length})
          </summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('email')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {good.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>
                      <Badge tone="ok">{r.status === 'added' ? t('added') : t('valid')}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </div>
  );
}
