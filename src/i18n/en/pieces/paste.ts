import type { Library } from '../../../token/grants/grant.ts';
import {
  SIGNING_METHOD,
  sidPlacement,
  type OlderToken,
  type PasteReading,
  type TokenSource,
} from '../../../token/paste/index.ts';
import { WRITER_NAMES } from '../../writerNames.ts';
import { sidNames } from './sidNames.ts';

/** What a reading says: a heading, then sentences; undefined when there is nothing to say. */
export interface PasteWords {
  readonly heading: string;
  readonly body: readonly string[];
}

const quoted = (list: readonly string[]) => list.map((item) => `“${item}”`).join(', ');

/** Where a token was taken from, as the opening sentence. */
function sourceText(source: TokenSource): string {
  switch (source.kind) {
    case 'json':
      return `This is JSON, with the token under “${source.path}”. Your client must read that key from the response and pass on its value alone.`;
    case 'url':
      return source.part === 'query'
        ? `This is a URL or query string, with the token in its query (“${source.key}=”).`
        : `This is a URL, with the token in its fragment (“#${source.key}=”).`;
    case 'header':
      return 'These are request headers, with the token in the Authorization line.';
    case 'curl':
      return 'This is a curl command with the token in it.';
    case 'pythonStr':
      return 'This is what twilio-python prints for an AccessToken (str(token)): “<AccessToken …>” around the token. Send token.to_jwt(), the token alone.';
    case 'text':
      return 'The token was found inside other text.';
  }
}

function printedText(library: Library): string {
  switch (library) {
    case 'python':
      return 'Python printed the object’s repr(), “<twilio.jwt.access_token.AccessToken object at 0x…>”, not the token.';
    case 'node':
      return 'JavaScript turned an object into text, “[object Object]”, where the token belongs.';
    case 'java':
      return 'Java printed the object’s toString(), class name @ hash code, not the token.';
    case 'csharp':
      return '.NET printed the object’s ToString(), its type name Twilio.Jwt.AccessToken.Token, not the token.';
    case 'php':
      return 'PHP dumped the object (print_r or var_dump), not the token. echo $token would print the token, as twilio-php’s __toString() signs it.';
    case 'ruby':
      return 'Ruby printed the object’s inspect, “#<Twilio::JWT::AccessToken …>”, not the token.';
    case 'go':
      return 'Go printed the AccessToken struct’s fields, not the token.';
  }
}

function olderText(older: OlderToken): string {
  switch (older.kind) {
    case 'capability':
      return 'This is a Twilio Client Capability Token (a scope claim, no grants), an older kind of token for Twilio Client. Twilio has deprecated it in favour of Access Tokens: make an Access Token with a Voice grant, signed with an API Key rather than the Auth Token.';
    case 'chatEra':
      return 'This token’s grant is ip_messaging, from IP Messaging, later Programmable Chat. Twilio sunset Programmable Chat on 25 July 2022 in favour of Conversations: use a Conversations SDK, with a Chat grant for a Conversations Service.';
    case 'foreign':
      return `This JWT is not a Twilio Access Token: it has neither Twilio’s content type (cty “twilio-fpa;v=1”) nor grants${older.issuer === undefined ? '' : `, and its issuer is “${older.issuer}”`}. It was made for another service; Twilio’s SDKs need a token your server makes with a Twilio library.`;
  }
}

function sidText(reading: Extract<PasteReading, { kind: 'sid' }>): PasteWords {
  const { prefix, letters } = reading;
  const advice =
    'A client SDK needs an Access Token, which your server makes with a Twilio library from the Account SID, an API Key SID and the API Key Secret.';
  if (prefix === undefined) {
    return {
      heading: `This is a Twilio SID (${letters}…), not a token`,
      body: [`A SID names one Twilio resource. ${advice}`],
    };
  }
  const { place, options } = sidPlacement(prefix);
  const where = {
    sub: 'It belongs on your server, as the account the token is for (the token’s sub claim).',
    iss: 'It belongs on your server, with its secret, to sign tokens (the token’s iss claim).',
    grant: `It belongs in the token, as a grant option: ${quoted(options)}.`,
    none: 'An Access Token never names it.',
  }[place];
  return {
    heading: `This is ${sidNames[prefix]} (${prefix}…), not a token`,
    body: [where, advice],
  };
}

/**
 * "What did you paste?" in words. Only what needs saying: a token pasted as it is, with nothing
 * removed and nothing older about it, says nothing.
 */
export function describePaste(reading: PasteReading, cleaned: boolean): PasteWords | undefined {
  switch (reading.kind) {
    case 'empty':
    case 'unknown':
      return undefined;
    case 'jwt':
      if (reading.older)
        return { heading: olderHeading(reading.older), body: [olderText(reading.older)] };
      return cleaned
        ? {
            heading: 'The token, cleaned',
            body: ['The token without the quotes, “Bearer ” or line breaks that came with it.'],
          }
        : undefined;
    case 'extracted':
      return {
        heading: 'A token, taken out of what you pasted',
        body: [
          sourceText(reading.source),
          'It is shown below and diagnosed as if you had pasted it alone.',
          ...(reading.older ? [olderText(reading.older)] : []),
        ],
      };
    case 'twiml':
      return {
        heading: 'This is TwiML, not a token',
        body: [
          'TwiML is the XML Twilio’s webhooks answer with (<Response>…</Response>). Your token URL returned a TwiML response: point the client at the endpoint that returns the token, and keep this one as the Voice URL of your TwiML App.',
        ],
      };
    case 'html':
      return {
        heading: 'This is an HTML page, not a token',
        body: [
          `The token URL answered with a web page${reading.title === undefined ? '' : ` titled “${reading.title}”`}, most often an error page or a login page. Open that URL in a browser to see it, fix the server or its route, and have it answer with the token.`,
        ],
      };
    case 'twilioError':
      return {
        heading:
          reading.code === undefined
            ? 'This is an error from Twilio’s REST API, not a token'
            : `This is Twilio error ${reading.code}, not a token`,
        body: [
          `Twilio’s REST API answered a request with an error${reading.status === undefined ? '' : ` (HTTP status ${reading.status})`}. Whatever returned it called Twilio and failed before any token was made. Look the error up, fix that call, and return the token instead of the error.`,
        ],
      };
    case 'json':
      return {
        heading: 'This is JSON with no token in it',
        body: [
          `${reading.keys.length > 0 ? `It holds ${quoted(reading.keys)}, but` : 'It holds'} no text like a token (eyJ…) under “token”, “accessToken”, “access_token” or “jwt”, nor one level down. Check what your token endpoint returns: it should include the Access Token.`,
        ],
      };
    case 'sid':
      return sidText(reading);
    case 'secret':
      return {
        heading: 'This looks like your Auth Token or an API Key Secret, not a token',
        body: [
          'It is 32 letters and digits, the shape of the Auth Token or an API Key Secret. Both belong only on your server: the API Key Secret signs Access Tokens, the Auth Token authenticates your server’s calls to Twilio.',
          'Neither must ever reach a client (a browser, an app, a log). If this one did, rotate it in the Twilio Console. To check a token’s signature here, enter the API Key Secret in its own field.',
        ],
      };
    case 'printedObject':
      return reading.form === 'serialized'
        ? {
            heading: 'This is twilio-node’s AccessToken serialized, secret and all',
            body: [
              'JSON.stringify (or res.json) of the AccessToken object writes its fields, the API Key Secret among them, not the token. Send token.toJwt() instead.',
              'The API Key Secret must never reach a client: if this response did, delete that API Key in the Twilio Console and make a new one.',
            ],
          }
        : {
            heading: `This is ${WRITER_NAMES[reading.library]}’s AccessToken object, printed instead of signed`,
            body: [
              printedText(reading.library),
              `Call ${SIGNING_METHOD[reading.library]} on the AccessToken and send what it returns: the token text.`,
            ],
          };
  }
}

function olderHeading(older: OlderToken): string {
  return {
    capability: 'This is a Capability Token, not an Access Token',
    chatEra: 'This is an IP Messaging (Programmable Chat) token',
    foreign: 'This is a JWT from another service',
  }[older.kind];
}

export const paste = {
  /** The section's accessible name. */
  title: 'What you pasted',
  tokenLabel: 'Token to use',
  copyToken: 'Copy this token',
  /** In Compare, where two such buttons share the page. */
  copyTokenOf: (side: string) => `Copy this token (${side})`,
  copyFailed: 'Could not copy: select the token and copy it by hand.',
  /** The heading of what `describePaste` says; empty when it says nothing. */
  heading: (reading: PasteReading, cleaned: boolean) =>
    describePaste(reading, cleaned)?.heading ?? '',
  /** Its sentences, as one paragraph. */
  body: (reading: PasteReading, cleaned: boolean) =>
    describePaste(reading, cleaned)?.body.join(' ') ?? '',
};
