// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../../test/support/renderInApp.tsx';
import { ACCOUNT_SID, API_KEY_SID } from '../../../../test/support/fixtures.ts';
import type { GenerateFormInput } from '../../../token/validation/generateFormSchema.ts';
import { EditInGenerate } from './EditInGenerate.tsx';

afterEach(cleanup);

const header = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
const payload = {
  jti: `${API_KEY_SID}-1000`,
  grants: { identity: 'alice', video: { room: 'r1' } },
  iat: 1000,
  exp: 1600,
  iss: API_KEY_SID,
  sub: ACCOUNT_SID,
};

async function show(
  token: { header: Record<string, unknown>; payload: Record<string, unknown> },
  locale: 'en-US' | 'ja-JP' = 'en-US',
) {
  const edit = vi.fn<(values: GenerateFormInput) => void>();
  await renderInApp(<EditInGenerate header={token.header} payload={token.payload} />, {
    locale,
    words: ['inspect'],
    actions: { edit },
  });
  return edit;
}

describe('EditInGenerate', () => {
  it('fills the form at once when it can hold the whole token, the secret left empty', async () => {
    const edit = await show({ header, payload });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Edit in Generate' }));
    expect(edit).toHaveBeenCalledOnce();
    expect(edit.mock.calls[0]?.[0]).toMatchObject({
      accountSid: ACCOUNT_SID,
      apiKeySid: API_KEY_SID,
      apiKeySecret: '',
      identity: 'alice',
      ttl: '600',
      grants: { video: { enabled: true, room: 'r1' } },
    });
  });

  it('names what the form cannot hold first, and goes on only when asked', async () => {
    const user = userEvent.setup();
    const edit = await show({
      header: { ...header, kid: 'k1' },
      payload: { ...payload, ticket: 'T-1', grants: { ...payload.grants, fax: {} } },
    });
    await user.click(screen.getByRole('button', { name: 'Edit in Generate' }));
    expect(edit).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'The form cannot hold all of this token' });
    expect(
      within(group)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Header field “kid”',
      'Claim “ticket”',
      'Grant “fax”, which the form has no section for',
    ]);
    const anyway = screen.getByRole('button', { name: 'Edit in Generate anyway' });
    expect(document.activeElement).toBe(anyway);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(edit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Edit in Generate' }));
    await user.click(screen.getByRole('button', { name: 'Edit in Generate anyway' }));
    expect(edit).toHaveBeenCalledOnce();
    expect(edit.mock.calls[0]?.[0]).toMatchObject({ identity: 'alice', apiKeySecret: '' });
  });

  it('speaks Japanese', async () => {
    await show({ header, payload: { ...payload, aud: 'x' } }, 'ja-JP');
    await userEvent.setup().click(screen.getByRole('button', { name: '生成画面で編集' }));
    expect(screen.getByText('クレーム「aud」')).toBeTruthy();
  });
});
