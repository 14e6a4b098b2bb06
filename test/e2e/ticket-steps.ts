// What people do on the ticket page, by the names the page shows: open an action's form, write the
// text, attach files, send, and wait for the ticket's new status.
import type { Page } from 'playwright-core';

/** Opens a ticket's page and waits until its number is on screen. */
export async function openTicket(page: Page, number: number): Promise<void> {
  await page.goto(`/tickets/${number}`);
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: String(number) })
    .waitFor();
}

/** Waits until the page shows the ticket in the status (its Russian name, e.g. «Закрыто»). */
export async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByText(status, { exact: true }).first().waitFor();
}

export interface ActionInput {
  /** The button that opens the form, e.g. «Предложить решение». */
  open: string;
  /** The text box's label and what to write in it. */
  field: string;
  text: string;
  /** The button that sends the form, e.g. «Отправить пользователю». */
  send: string;
  /** Files to attach (name, type, contents). */
  files?: { name: string; mimeType: string; buffer: Buffer }[];
}

/** The ticket page's action bar (a group named «Действия с обращением»). */
export function actionBar(page: Page) {
  return page.getByRole('group', { name: 'Действия с обращением' });
}

/** Runs a form action of the ticket page and waits for its form to close. */
export async function act(page: Page, input: ActionInput): Promise<void> {
  const opener = actionBar(page).getByRole('button', { name: input.open, exact: true });
  // The page may open a form by itself (the reply box when support is waiting for the customer).
  if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
  const form = page.getByRole('form', { name: input.open, exact: true });
  await form.getByLabel(input.field, { exact: true }).fill(input.text);
  if (input.files) await form.getByLabel('Файлы', { exact: true }).setInputFiles(input.files);
  await form.getByRole('button', { name: input.send, exact: true }).click();
  await form.waitFor({ state: 'detached' });
}
