import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../../test/support/fixtures.ts';
import { recognisePaste } from './recognisePaste.ts';

const { AccessToken, ClientCapability } = twilio.jwt;

/** A real Access Token from the official library, the oracle for what a Twilio token is. */
function realToken(grant: 'video' | 'ipMessaging' = 'video'): string {
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, {
    identity: 'alice',
    ttl: 3600,
  });
  if (grant === 'video') token.addGrant(new AccessToken.VideoGrant({ room: 'r' }));
  else token.addGrant(new AccessToken.ChatGrant({ serviceSid: 'IS' + 'a'.repeat(32) }));
  const jwt = token.toJwt();
  if (grant === 'video') return jwt;
  // twilio-node no longer writes ip_messaging; rename the grant key as older libraries wrote it.
  const [, payload] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as {
    grants: Record<string, unknown>;
  };
  claims.grants.ip_messaging = claims.grants.chat;
  delete claims.grants.chat;
  return [jwt.split('.')[0], Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join(
    '.',
  );
}

const TOKEN = realToken();

describe('a JWT as it is', () => {
  it.each([
    ['bare', TOKEN],
    ['quoted', `"${TOKEN}"`],
    ['behind Bearer', `Bearer ${TOKEN}`],
    ['as one Authorization line', `Authorization: Bearer ${TOKEN}`],
    ['broken over lines', `${TOKEN.slice(0, 40)}\n${TOKEN.slice(40)}`],
  ])('%s', (_name, text) => {
    expect(recognisePaste(text)).toEqual({ kind: 'jwt', token: TOKEN });
  });
});

describe('a token taken out', () => {
  it.each([
    [
      'JSON, top level',
      JSON.stringify({ identity: 'alice', token: TOKEN }),
      { kind: 'json', path: 'token' },
    ],
    [
      'JSON, accessToken',
      JSON.stringify({ accessToken: TOKEN }),
      { kind: 'json', path: 'accessToken' },
    ],
    [
      'JSON, access_token',
      JSON.stringify({ access_token: TOKEN }),
      { kind: 'json', path: 'access_token' },
    ],
    ['JSON, jwt', JSON.stringify({ jwt: TOKEN }), { kind: 'json', path: 'jwt' }],
    [
      'JSON, one level down',
      JSON.stringify({ ok: true, data: { token: TOKEN } }),
      { kind: 'json', path: 'data.token' },
    ],
    [
      'a URL query',
      `https://app.example/call?identity=alice&token=${TOKEN}`,
      { kind: 'url', part: 'query', key: 'token' },
    ],
    [
      'a URL fragment',
      `https://app.example/#access_token=${encodeURIComponent(TOKEN)}&x=1`,
      { kind: 'url', part: 'fragment', key: 'access_token' },
    ],
    [
      'a bare query string',
      `token=${TOKEN}&identity=alice`,
      { kind: 'url', part: 'query', key: 'token' },
    ],
    [
      'request headers',
      `GET /call HTTP/1.1\nHost: app.example\nAuthorization: Bearer ${TOKEN}\nAccept: */*`,
      { kind: 'header' },
    ],
    [
      'a curl -H',
      `curl -X POST https://app.example/x \\\n  -H 'Authorization: Bearer ${TOKEN}'`,
      { kind: 'curl' },
    ],
    ['a curl --data', `curl https://app.example/x --data '{"token":"${TOKEN}"}'`, { kind: 'curl' }],
    ['Python str()', `<AccessToken ${TOKEN}>`, { kind: 'pythonStr' }],
    [
      'a log line',
      `2026-12-02 10:00:01 INFO issued token=${TOKEN}, identity alice.`,
      { kind: 'text' },
    ],
  ])('%s', (_name, text, source) => {
    expect(recognisePaste(text)).toEqual({ kind: 'extracted', token: TOKEN, source });
  });
});

describe('what is no token', () => {
  it('TwiML, with or without its XML declaration', () => {
    const twiml = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello</Say></Response>';
    expect(recognisePaste(twiml)).toEqual({ kind: 'twiml' });
    expect(
      recognisePaste('<Response>\n  <Dial><Client>alice</Client></Dial>\n</Response>'),
    ).toEqual({
      kind: 'twiml',
    });
  });

  it('an HTML page, with its title', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway &amp; more</title></head><body></body></html>';
    expect(recognisePaste(page)).toEqual({ kind: 'html', title: '502 Bad Gateway & more' });
    expect(recognisePaste('<html><body>Sign in</body></html>')).toEqual({ kind: 'html' });
  });

  it('a Twilio REST error, as JSON and as XML', () => {
    const json = JSON.stringify({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
    expect(recognisePaste(json)).toEqual({ kind: 'twilioError', code: 20003, status: 401 });
    const xml =
      '<?xml version="1.0"?><TwilioResponse><RestException><Code>20404</Code><Message>Not found</Message><Status>404</Status></RestException></TwilioResponse>';
    expect(recognisePaste(xml)).toEqual({ kind: 'twilioError', code: 20404, status: 404 });
  });

  it('other JSON, naming its first keys', () => {
    expect(recognisePaste('{"identity":"alice","ok":true}')).toEqual({
      kind: 'json',
      keys: ['identity', 'ok'],
    });
    expect(recognisePaste('[1,2]')).toEqual({ kind: 'json', keys: [] });
    // A token key holding no JWT is no token either.
    expect(recognisePaste('{"token":""}')).toEqual({ kind: 'json', keys: ['token'] });
  });

  it('a SID, by its prefix', () => {
    expect(recognisePaste(ACCOUNT_SID)).toEqual({ kind: 'sid', prefix: 'AC', letters: 'AC' });
    expect(recognisePaste(` "${API_KEY_SID}" `)).toEqual({
      kind: 'sid',
      prefix: 'SK',
      letters: 'SK',
    });
    expect(recognisePaste(`AP${'0'.repeat(32)}`)).toEqual({
      kind: 'sid',
      prefix: 'AP',
      letters: 'AP',
    });
    // Two letters the app does not know: a SID, and no more is said.
    expect(recognisePaste(`ZZ${'0'.repeat(32)}`)).toEqual({ kind: 'sid', letters: 'ZZ' });
  });

  it('an Auth Token or API Key Secret', () => {
    expect(recognisePaste('0123456789abcdef0123456789abcdef')).toEqual({ kind: 'secret' });
    expect(recognisePaste(API_KEY_SECRET)).toEqual({ kind: 'secret' });
  });
});

describe('an object printed instead of signed', () => {
  it.each([
    ['python', '<twilio.jwt.access_token.AccessToken object at 0x7f3c2a1b9d90>'],
    ['node', '[object Object]'],
    ['node', '{"identity":"alice","token":"[object Object]"}'],
    ['java', 'com.twilio.jwt.accesstoken.AccessToken@1b6d3586'],
    ['csharp', 'Twilio.Jwt.AccessToken.Token'],
    [
      'php',
      'Twilio\\Jwt\\AccessToken Object\n(\n    [signingKeySid:Twilio\\Jwt\\AccessToken:private] => SK…',
    ],
    ['php', 'object(Twilio\\Jwt\\AccessToken)#3 (7) {'],
    ['ruby', `#<Twilio::JWT::AccessToken:0x000055d5c8a0 @account_sid="${ACCOUNT_SID}">`],
    ['go', `&{0xc000112000 [0xc00010e020] ${ACCOUNT_SID} ${API_KEY_SID} alice <nil>}`],
  ])('%s: %s', (library, text) => {
    expect(recognisePaste(text)).toEqual({ kind: 'printedObject', library, form: 'printed' });
  });

  it("twilio-node's token serialized, secret and all", () => {
    const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, { identity: 'alice' });
    expect(recognisePaste(JSON.stringify(token))).toEqual({
      kind: 'printedObject',
      library: 'node',
      form: 'serialized',
    });
  });
});

describe('older kinds of token', () => {
  it('a Client Capability Token, made by twilio-node', () => {
    const capability = new ClientCapability({ accountSid: ACCOUNT_SID, authToken: API_KEY_SECRET });
    capability.addScope(new ClientCapability.IncomingClientScope('alice'));
    const token = capability.toJwt();
    expect(recognisePaste(token)).toEqual({ kind: 'jwt', token, older: { kind: 'capability' } });
  });

  it('an IP Messaging era token', () => {
    const token = realToken('ipMessaging');
    expect(recognisePaste(token)).toEqual({ kind: 'jwt', token, older: { kind: 'chatEra' } });
  });

  it('a JWT from another service, naming its issuer', () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from('{"iss":"https://accounts.example.com","sub":"1"}').toString(
      'base64url',
    );
    const token = `${header}.${payload}.c2ln`;
    expect(recognisePaste(JSON.stringify({ token }))).toEqual({
      kind: 'extracted',
      token,
      source: { kind: 'json', path: 'token' },
      older: { kind: 'foreign', issuer: 'https://accounts.example.com' },
    });
  });

  it('says nothing of a current Access Token', () => {
    expect(recognisePaste(TOKEN)).not.toHaveProperty('older');
  });
});

describe('nothing to recognise', () => {
  it.each(['', '   \n ', 'hello', 'eyJhbGci.broken', '{not json', '<p>hi</p>'])('%j', (text) => {
    expect(['empty', 'unknown']).toContain(recognisePaste(text).kind);
  });
});
