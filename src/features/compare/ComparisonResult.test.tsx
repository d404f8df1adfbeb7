import { MantineProvider } from '@mantine/core';
import twilio from 'twilio';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { hmacJws, NOW, twilioNodePayload } from '../../../test/corpus/tokenFactory.ts';
import { twilioNodeToken } from '../../../test/corpus/twilioNodeToken.ts';
import { compare as compareEn } from '../../i18n/en/compare.ts';
import { en } from '../../i18n/en.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { compare as compareJa } from '../../i18n/ja/compare.ts';
import { ja } from '../../i18n/ja.ts';
import { loadWords } from '../../i18n/lazyWords.ts';
import {
  compareTokens,
  MAX_DIFFERENCES,
  signedBy,
  type SignedBy,
} from '../../token/compare/index.ts';
import { ComparisonResult } from './ComparisonResult.tsx';

const { VideoGrant } = twilio.jwt.AccessToken;
const compare = (first: string, second: string) => compareTokens(first, second, { now: NOW });

/** The markup as the page would show it, in English or Japanese. */
function render(first: string, second: string, messages = en, signed?: SignedBy) {
  return renderToString(
    <MantineProvider>
      <I18nProvider initialMessages={messages}>
        <ComparisonResult
          comparison={compare(first, second)}
          {...(signed === undefined ? {} : { signedBy: signed })}
        />
      </I18nProvider>
    </MantineProvider>,
  );
}

/** The text a browser shows for some markup: tags dropped, entities read. */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The element named by the heading with this text, through aria-labelledby. */
function named(markup: string, tag: string, title: string): string {
  const id = new RegExp(`<h\\d[^>]* id="([^"]+)"[^>]*>${title}</h\\d>`).exec(markup)?.[1];
  expect(id, `a heading "${title}"`).toBeDefined();
  const element = new RegExp(
    `<${tag}[^>]* aria-labelledby="${String(id)}"[^>]*>[\\s\\S]*?</${tag}>`,
  );
  return element.exec(markup)?.[0] ?? '';
}

const statusOf = (markup: string) =>
  textOf(/<div[^>]* role="status"[^>]*>[\s\S]*?<\/div>/.exec(markup)?.[0] ?? '');
const itemsOf = (list: string) => list.match(/<li[\s\S]*?<\/li>/g)?.map(textOf) ?? [];

beforeAll(async () => {
  await Promise.all([loadWords('compare', 'en-US'), loadWords('compare', 'ja-JP')]);
});

describe('ComparisonResult', () => {
  const working = twilioNodeToken([new VideoGrant({ room: 'daily-standup' })]);

  it('names each difference of two twilio-node tokens with both values, its meaning and what it changes', () => {
    const failing = twilioNodeToken([new VideoGrant({ room: 'retro' })], {
      ttl: 86_400,
      identity: 'bob',
    });
    const markup = render(working, failing);
    expect(statusOf(markup)).toBe('The tokens differ in 3 fields.');
    const items = itemsOf(named(markup, 'ul', 'Differences'));
    expect(items).toHaveLength(3);
    const [identity, room, expiry] = items;
    expect(identity).toMatch(/^grants\.identity Identity/);
    expect(identity).toContain('First token "alice" Second token "bob"');
    expect(identity).toContain('Acts as someone else');
    expect(room).toMatch(/^grants\.video\.room Video room/);
    expect(room).toContain('First token "daily-standup" Second token "retro"');
    expect(room).toContain('Scoped to another room');
    expect(expiry).toMatch(/^exp /);
    expect(expiry).toContain('Expires 3,600 s (1 h) after issue vs 86,400 s (24 h) after issue.');

    const times = itemsOfRows(named(markup, 'table', 'Times'));
    expect(times).toContainEqual([
      'Lifetime',
      '3,600 s (1 h) after issue',
      '86,400 s (24 h) after issue',
    ]);
    expect(times[0]).toEqual(['Time', 'First token', 'Second token']);
  });

  it('says absent where one token lacks a field, and marks header fields as such', () => {
    const python = hmacJws(
      { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1', kid: 'main' },
      twilioNodePayload({ iat: undefined, nbf: NOW - 60 }),
    );
    const items = itemsOf(named(render(working, python), 'ul', 'Differences'));
    const kid = items.find((item) => item.startsWith('kid '));
    expect(kid).toContain('(header)');
    expect(kid).toContain('First token absent Second token "main"');
    expect(items.find((item) => item.startsWith('iat '))).toContain('Second token absent');
  });

  it('says so when the tokens are the same bytes, or differ only in their signature', () => {
    const identical = render(` "Bearer ${working}"\n`, working);
    expect(statusOf(identical)).toBe(compareEn.identical);
    expect(identical).not.toContain('<ul');
    expect(identical).not.toContain('<table');

    const [header = '', payload = ''] = working.split('.');
    const resigned = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(statusOf(render(working, resigned))).toBe(
      `${compareEn.signatureOnly} ${compareEn.askSecret}`,
    );
    expect(compareEn.signatureOnly).toContain('signed with a different secret or algorithm');
  });

  it('with a secret, says which token it signed and never asks for one', () => {
    const [header = '', payload = ''] = working.split('.');
    const resigned = `${header}.${payload}.${'A'.repeat(43)}`;
    const firstOnly = signedBy(true, { first: 'verified', second: 'mismatch' });
    const status = statusOf(render(working, resigned, en, firstOnly));
    expect(status).toBe(
      `${compareEn.signatureOnly} The API Key Secret signed the first token, not the second (Twilio error 20107).`,
    );
    expect(status).not.toContain(compareEn.askSecret);
    // While the checks run, nothing is claimed and nothing is asked.
    const checking = signedBy(true, { first: 'verified', second: undefined });
    expect(statusOf(render(working, resigned, en, checking))).toBe(compareEn.signatureOnly);

    const both = signedBy(true, { first: 'verified', second: 'verified' });
    expect(statusOf(render(working, working, en, both))).toBe(
      `${compareEn.identical} The API Key Secret signed both tokens.`,
    );
    const failing = twilioNodeToken([new VideoGrant({ room: 'retro' })]);
    const neither = signedBy(true, { first: 'mismatch', second: 'unsupportedAlgorithm' });
    expect(statusOf(render(working, failing, en, neither))).toBe(
      'The tokens differ in 1 field. The API Key Secret did not sign the first token (Twilio error 20107). The second token’s signature cannot be checked with a secret.',
    );
    const ja2 = statusOf(render(working, resigned, ja, firstOnly));
    expect(ja2).toContain(compareJa.signatureOnly);
    expect(ja2).toContain('1 つ目のトークンに署名しています');
    expect(ja2).not.toContain(compareJa.askSecret);
    // An unreadable side has no signature to speak of.
    expect(statusOf(render(working, 'not-a-token', en, firstOnly))).toBe(
      compareEn.unreadable(['second']),
    );
  });

  it('asks for a second token, and says which one cannot be read', () => {
    expect(statusOf(render(working, ''))).toBe(compareEn.incomplete);
    expect(statusOf(render(working, 'not-a-token'))).toBe(compareEn.unreadable(['second']));
  });

  it(`lists the first ${String(MAX_DIFFERENCES)} differences and counts the rest`, () => {
    const claims = Object.fromEntries(
      Array.from({ length: 80 }, (_, index) => [`c${String(index)}`, index]),
    );
    const many = hmacJws({ alg: 'HS256', typ: 'JWT' }, twilioNodePayload(claims));
    const markup = render(working, many);
    expect(itemsOf(named(markup, 'ul', 'Differences'))).toHaveLength(MAX_DIFFERENCES);
    const total = 81;
    expect(statusOf(markup)).toBe(`The tokens differ in ${String(total)} fields.`);
    expect(textOf(markup)).toContain(compareEn.moreDifferences(MAX_DIFFERENCES, total));
  });

  it('words the same comparison in Japanese', () => {
    const failing = twilioNodeToken([new VideoGrant({ room: 'retro' })]);
    const markup = render(working, failing, ja);
    expect(statusOf(markup)).toBe(compareJa.different(1));
    const [room] = itemsOf(named(markup, 'ul', compareJa.differences));
    expect(room).toContain('1 つ目のトークン "daily-standup" 2 つ目のトークン "retro"');
    expect(room).toContain(
      compareJa.describeConsequence({
        code: 'differs',
        params: { place: { kind: 'option', grant: 'video', option: 'room', part: 'whole' } },
      }),
    );
  });
});

/** Each row of a table as the texts of its cells. */
function itemsOfRows(table: string): string[][] {
  return (table.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map(
    (row) => row.match(/<t[hd][\s\S]*?<\/t[hd]>/g)?.map(textOf) ?? [],
  );
}
