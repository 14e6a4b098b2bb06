// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import { XmlImport } from './xml-import.tsx';

afterEach(cleanup);

it('leaves the year empty, so the file names its own year (a prefilled one relabelled other years)', () => {
  renderWithProviders(<XmlImport calendarId="ru-standard" onImported={() => {}} />);
  const year = screen.getByLabelText(/^Год/) as HTMLInputElement;
  expect(year.value).toBe('');
  expect(screen.getByText(/только если в файле года нет/)).toBeTruthy();
});
