// /admin/calendars/:id?year=YYYY: a calendar's year view, the xmlcalendar import and its JSON.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading } from '../../../ui/ui.tsx';
import { type Calendar, keys, type YearSummary } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { CalendarJsonForm } from './calendar-json-form.tsx';
import { XmlImport } from './xml-import.tsx';
import { YearView } from './year-view.tsx';

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    back: '← Все календари',
    zone: 'Часовой пояс: {zone}',
    year: 'Год',
    prev: '← {year}',
    next: '{year} →',
    prevLabel: 'Предыдущий год, {year}',
    nextLabel: 'Следующий год, {year}',
    yearTitle: '{year} год',
    json: 'Календарь в JSON',
  },
  en: {
    loading: 'Loading…',
    back: '← All calendars',
    zone: 'Time zone: {zone}',
    year: 'Year',
    prev: '← {year}',
    next: '{year} →',
    prevLabel: 'Previous year, {year}',
    nextLabel: 'Next year, {year}',
    yearTitle: 'Year {year}',
    json: 'Calendar JSON',
  },
});

/** One calendar, a year at a time. */
export default function CalendarPage() {
  const t = useT(texts);
  const { id = '' } = useParams<{ id: string }>();
  const [location, navigate] = useLocation();
  const asked = Number(new URLSearchParams(useSearch()).get('year'));
  const year = Number.isInteger(asked) && asked > 0 ? asked : new Date().getFullYear();
  const goTo = (y: number) => navigate(`${location}?year=${y}`, { replace: true });
  const calendar = useQuery({
    queryKey: keys.calendar(id),
    queryFn: () => api.get<Calendar>(`/api/calendars/${id}`),
  });
  const summary = useQuery({
    queryKey: keys.year(id, year),
    queryFn: () => api.get<YearSummary>(`/api/calendars/${id}/years/${year}`),
  });
  // The years the calendar knows (another answers 422 "out of range"), and the one asked for.
  const definition = calendar.data?.definition;
  const first = Math.min(year, definition?.validFrom ? Number(definition.validFrom.slice(0, 4)) : year - 4);
  const last = Math.max(year, definition?.validTo ? Number(definition.validTo.slice(0, 4)) : year + 4);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <AdminPage title={calendar.data?.name ?? t('loading')}>
      <p>
        <Link href="/admin/calendars">{t('back')}</Link>
      </p>
      <ErrorBox error={calendar.error} />
      {calendar.data ? (
        <p className="muted">{t('zone', { zone: calendar.data.definition.timeZone })}</p>
      ) : null}
      <div className="filters">
        <Button
          kind="secondary"
          aria-label={t('prevLabel', { year: year - 1 })}
          disabled={year <= first}
          onClick={() => goTo(year - 1)}
        >
          {t('prev', { year: year - 1 })}
        </Button>
        <Field label={t('year')}>
          {(p) => (
            <select {...p} value={year} onChange={(e) => goTo(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button
          kind="secondary"
          aria-label={t('nextLabel', { year: year + 1 })}
          disabled={year >= last}
          onClick={() => goTo(year + 1)}
        >
          {t('next', { year: year + 1 })}
        </Button>
      </div>
      <h2>{t('yearTitle', { year })}</h2>
      {summary.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={summary.error} />
      {summary.data ? <YearView summary={summary.data} definition={calendar.data?.definition} /> : null}
      <XmlImport calendarId={id} onImported={goTo} />
      {calendar.data ? (
        <details className="card">
          <summary>{t('json')}</summary>
          <CalendarJsonForm
            key={id}
            fixedId={id}
            initialName={calendar.data.name}
            initialJson={JSON.stringify(calendar.data.definition, null, 2)}
          />
        </details>
      ) : null}
    </AdminPage>
  );
}
