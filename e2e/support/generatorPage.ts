import type { Page } from '@playwright/test';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from './credentials.ts';

export interface GeneratorInput {
  accountSid?: string;
  apiKeySid?: string;
  apiKeySecret?: string;
  identity?: string;
  room?: string;
  ttl?: string;
}

/** The generator as a user sees it: fields found by their labels, the button by its name. */
export function generatorPage(page: Page) {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  return {
    accountSid: field('Account SID'),
    apiKeySid: field('API Key SID'),
    apiKeySecret: field('API Key Secret'),
    identity: field('Identity'),
    room: field('Room name'),
    ttl: field('TTL (seconds)'),
    generateButton: page.getByRole('button', { name: 'Generate Access Token', exact: true }),
    token: page.getByRole('textbox', { name: 'Access Token', exact: true }),
    copyButton: page.getByRole('button', { name: 'Copy access token', exact: true }),
    decoded: page.getByRole('region', { name: 'Decoded token', exact: true }),

    async fill(input: GeneratorInput = {}) {
      await this.accountSid.fill(input.accountSid ?? ACCOUNT_SID);
      await this.apiKeySid.fill(input.apiKeySid ?? API_KEY_SID);
      await this.apiKeySecret.fill(input.apiKeySecret ?? API_KEY_SECRET);
      await this.identity.fill(input.identity ?? 'alice');
      await this.room.fill(input.room ?? '');
      if (input.ttl !== undefined) await this.ttl.fill(input.ttl);
    },

    async generate(input: GeneratorInput = {}) {
      await this.fill(input);
      await this.generateButton.click();
    },

    async tokenText(): Promise<string> {
      return (await this.token.textContent()) ?? '';
    },
  };
}
