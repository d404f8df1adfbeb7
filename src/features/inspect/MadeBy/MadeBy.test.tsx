// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GO_SAMPLES } from '../../../../test/fingerprint/go.ts';
import { HAND_MADE_SAMPLES } from '../../../../test/fingerprint/handMade.ts';
import { identify, unsignedToken } from '../../../../test/fingerprint/identify.ts';
import { renderInApp } from '../../../../test/support/renderInApp.tsx';
import { TWILIO_DOCS_EXAMPLE } from '../../../../test/fingerprint/twilioDocs.ts';
import { MadeBy } from './MadeBy.tsx';

afterEach(cleanup);

const show = (token: string, locale: 'en-US' | 'ja-JP' = 'en-US') =>
  renderInApp(<MadeBy identification={identify(token)} />, { locale, words: ['inspect'] });

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('MadeBy', () => {
  it('names twilio-go, with its evidence and the quirks that matter here', async () => {
    await show(GO_SAMPLES.voiceVideo.token);
    const section = screen.getByRole('region', { name: 'Made by' });
    expect(section).toHaveProperty('dataset.verdict', 'library');
    expect(within(section).getByText('twilio-go, Twilio’s helper library for Go.')).toBeTruthy();
    expect(items(within(section).getByRole('list', { name: 'How this shows' }))).toHaveLength(3);
    const quirks = within(section).getByRole('list', { name: 'What this means for the token' });
    expect(items(quirks)).toEqual([
      expect.stringContaining('raises a TTL under 3,600 s to 3,600 s'),
      expect.stringContaining('error 20105'),
    ]);
  });

  it('folds evidence past three lines behind a button', async () => {
    const user = userEvent.setup();
    // A spaced, kid-bearing token without cty, typ or jti: five signs and a layout.
    await show(unsignedToken('{"kid": "k", "alg":"HS256"}', '{"grants":{}}'));
    const evidence = () => screen.getByRole('list', { name: 'How this shows' });
    expect(items(evidence())).toHaveLength(3);
    const more = screen.getByRole('button', { name: /^Show \d+ more$/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(items(evidence()).length).toBeGreaterThan(3);
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(items(evidence())).toHaveLength(3);
  });

  it('says hand-made, and shows no quirks, for a PyJWT token', async () => {
    await show(HAND_MADE_SAMPLES.pyjwtTwilioLike.token);
    const section = screen.getByRole('region', { name: 'Made by' });
    expect(section.textContent).toContain('Probably not one of Twilio’s helper libraries');
    expect(section.textContent).toContain('Its layout is PyJWT’s.');
    expect(
      within(section).queryByRole('list', { name: 'What this means for the token' }),
    ).toBeNull();
  });

  it('says it cannot tell, in Japanese', async () => {
    await show(unsignedToken(TWILIO_DOCS_EXAMPLE.header, TWILIO_DOCS_EXAMPLE.payload), 'ja-JP');
    const section = screen.getByRole('region', { name: '作成元ライブラリ' });
    expect(section.textContent).toContain('どのライブラリで作られたか判別できません。');
    expect(within(section).getByRole('list', { name: '判断の根拠' })).toBeTruthy();
  });
});
