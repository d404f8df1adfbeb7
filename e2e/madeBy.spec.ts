import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './support/credentials.ts';
import { generatorPage } from './support/generatorPage.ts';
import {
  hasPythonTwilio,
  PYTHON_TWILIO_MISSING,
  pythonTwilioRequired,
  pythonTwilioToken,
} from './support/pythonTwilio.ts';
import { expect, test } from './support/test.ts';

type Page = import('@playwright/test').Page;
const madeBy = (page: Page) =>
  page
    .getByRole('tabpanel', { name: 'Inspect', exact: true })
    .getByRole('region', { name: 'Made by', exact: true });

test('a token made on the page is named as twilio-node’s, whose bytes it has', async ({ page }) => {
  await page.goto('/');
  const generator = generatorPage(page);
  await generator.generate();
  await expect(generator.token).toContainText('eyJ');
  await page.getByRole('button', { name: 'Inspect this token' }).click();

  const section = madeBy(page);
  await expect(section).toContainText('twilio-node, Twilio’s helper library for Node.js.');
  await expect(section.getByRole('list', { name: 'How this shows' })).toContainText(
    'Claims in the order jti, grants, iat, exp, iss, sub, as twilio-node writes them.',
  );
});

test('a token made by twilio-python is named, with its nbf habit', async ({ page }) => {
  const present = hasPythonTwilio();
  if (!present && pythonTwilioRequired) throw new Error(PYTHON_TWILIO_MISSING);
  test.skip(!present, PYTHON_TWILIO_MISSING);

  const token = pythonTwilioToken(
    { accountSid: ACCOUNT_SID, apiKeySid: API_KEY_SID, apiKeySecret: API_KEY_SECRET },
    'alice',
  );
  await page.goto('/');
  await page.getByRole('tab', { name: 'Inspect', exact: true }).click();
  await page
    .getByRole('tabpanel', { name: 'Inspect', exact: true })
    .getByLabel('Token to inspect', { exact: true })
    .fill(token);

  const section = madeBy(page);
  await expect(section).toContainText('twilio-python, Twilio’s helper library for Python.');
  await expect(section.getByRole('list', { name: 'What this means for the token' })).toContainText(
    'twilio-python sets nbf to its server’s clock',
  );
});
