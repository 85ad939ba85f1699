// The demo's language switch: the audit log's words, locale and direction change together and survive a reload.
import { expect, test } from 'vitest';
import { auditLogSession } from './support/auditLogSession.ts';

const session = auditLogSession();

test('switching to German, reloading, then to Hebrew (right to left) and back to English', async () => {
  const { page } = await session.open();
  const language = page.getByLabel('Audit log language');
  await page.getByRole('region', { name: 'Audit log' }).waitFor();

  await language.selectOption({ label: 'Deutsch' });
  const german = page.getByRole('region', { name: 'Audit-Protokoll' });
  await german
    .getByRole('navigation', { name: 'Seitennavigation' })
    .getByText(/^1–20 von [\d.]+$/)
    .waitFor();
  expect(await german.getAttribute('lang')).toBe('de');
  await german.getByRole('button', { name: 'Exportieren', exact: true }).waitFor();

  await page.reload();
  await page.getByRole('region', { name: 'Audit-Protokoll' }).getByRole('grid').waitFor();
  expect(await page.getByLabel('Audit log language').inputValue()).toBe('de');

  await page.getByLabel('Audit log language').selectOption({ label: 'עברית' });
  const hebrew = page.getByRole('region', { name: 'יומן ביקורת' });
  await hebrew.getByRole('button', { name: 'הדף הבא' }).waitFor();
  expect(await hebrew.getAttribute('lang')).toBe('he');
  expect(await hebrew.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  await page.getByLabel('Audit log language').selectOption({ label: 'English' });
  const english = page.getByRole('region', { name: 'Audit log' });
  await english.getByRole('button', { name: 'Next page' }).waitFor();
  expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
});
