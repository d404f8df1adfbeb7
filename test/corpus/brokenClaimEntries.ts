import { ACCOUNT_SID, API_KEY_SID } from '../support/fixtures.ts';
import type { CorpusEntry } from './corpusTypes.ts';
import {
  expectFinding as f,
  hmacJws,
  NOW,
  SIDS,
  TWILIO_NODE_HEADER as HEADER,
  twilioNodePayload as payload,
} from './tokenFactory.ts';

const grants = (members: Record<string, unknown>) =>
  payload({ grants: { identity: 'alice', ...members } });

const issuer: CorpusEntry[] = [
  {
    name: 'signed with the Account SID and Auth Token instead of an API key',
    token: hmacJws(HEADER, payload({ jti: `${ACCOUNT_SID}-${NOW - 60}`, iss: ACCOUNT_SID })),
    expected: [f('issuerInvalid', 'error', 20103)],
  },
  {
    name: 'iss is a truncated API Key SID',
    token: hmacJws(HEADER, payload({ jti: `SKfedcba-${NOW - 60}`, iss: 'SKfedcba' })),
    expected: [f('issuerInvalid', 'error', 20103)],
  },
  {
    name: 'iss missing',
    token: hmacJws(HEADER, payload({ iss: undefined })),
    expected: [f('issuerInvalid', 'error', 20103)],
  },
  {
    name: 'Account SID and API Key SID swapped',
    token: hmacJws(
      HEADER,
      payload({ jti: `${ACCOUNT_SID}-${NOW - 60}`, iss: ACCOUNT_SID, sub: API_KEY_SID }),
    ),
    expected: [f('issuerInvalid', 'error', 20103), f('subjectInvalid', 'error', 20103)],
  },
  {
    name: 'sub missing',
    token: hmacJws(HEADER, payload({ sub: undefined })),
    expected: [f('subjectInvalid', 'error', 20103)],
  },
  {
    name: 'jti missing',
    token: hmacJws(HEADER, payload({ jti: undefined })),
    expected: [f('jtiMissing', 'error', 20103)],
  },
  {
    name: 'jti of another key',
    token: hmacJws(HEADER, payload({ jti: `SK${'0'.repeat(32)}-${NOW - 60}` })),
    expected: [f('jtiMismatch', 'warning', 20103)],
  },
];

const times: CorpusEntry[] = [
  {
    name: 'expired 3 minutes ago',
    token: hmacJws(HEADER, payload({ iat: NOW - 3780, exp: NOW - 180 })),
    expected: [f('expired', 'error', 20104)],
  },
  {
    name: 'expiring this very second',
    token: hmacJws(HEADER, payload({ iat: NOW - 3600, exp: NOW })),
    expected: [f('expired', 'error', 20104)],
  },
  {
    name: 'exp missing',
    token: hmacJws(HEADER, payload({ exp: undefined })),
    expected: [f('expiryMissing', 'error', 20104)],
  },
  {
    name: 'exp as a string',
    token: hmacJws(HEADER, payload({ exp: String(NOW + 3540) })),
    expected: [f('expiryMissing', 'error', 20104)],
  },
  {
    name: 'exp in milliseconds',
    token: hmacJws(HEADER, payload({ exp: (NOW + 3540) * 1000 })),
    expected: [f('lifetimeTooLong', 'error', 20157)],
  },
  {
    name: 'nbf 10 minutes ahead',
    token: hmacJws(HEADER, payload({ nbf: NOW + 600, iat: NOW, exp: NOW + 4200 })),
    expected: [f('notYetValid', 'error', 20105)],
  },
  {
    name: 'nbf 30 s ahead, within the clock skew',
    token: hmacJws(HEADER, payload({ nbf: NOW + 30, iat: NOW + 30, exp: NOW + 3630 })),
    expected: [],
  },
  {
    name: 'nbf as an ISO date',
    token: hmacJws(HEADER, payload({ nbf: '2026-11-28T09:00:00Z' })),
    expected: [f('notBeforeNotNumber', 'error', 20105)],
  },
  {
    name: 'nbf after exp',
    token: hmacJws(HEADER, payload({ nbf: NOW + 30, iat: undefined, exp: NOW + 20 })),
    expected: [f('neverValid', 'error', 20105)],
  },
  {
    name: 'iat as a string',
    token: hmacJws(HEADER, payload({ iat: String(NOW - 60) })),
    expected: [f('issuedAtNotNumber', 'warning')],
  },
  {
    name: 'iat 10 minutes ahead: the issuing server’s clock is off',
    token: hmacJws(HEADER, payload({ iat: NOW + 600, exp: NOW + 4200 })),
    expected: [f('issuedInFuture', 'warning')],
  },
  {
    name: 'iat after exp',
    token: hmacJws(HEADER, payload({ iat: NOW + 30, exp: NOW + 20 })),
    expected: [f('issuedAfterExpiry', 'warning')],
  },
  {
    name: 'lives 25 hours from iat',
    token: hmacJws(HEADER, payload({ exp: NOW - 60 + 90_000 })),
    expected: [f('lifetimeTooLong', 'error', 20157)],
  },
  {
    name: 'lives 48 hours from nbf, no iat',
    token: hmacJws(HEADER, payload({ iat: undefined, nbf: NOW - 60, exp: NOW - 60 + 172_800 })),
    expected: [f('lifetimeTooLong', 'error', 20157)],
  },
  {
    name: 'expires in 30 days, neither iat nor nbf',
    token: hmacJws(HEADER, payload({ iat: undefined, exp: NOW + 2_592_000 })),
    expected: [f('lifetimeTooLong', 'error', 20157)],
  },
];

const grantEntries: CorpusEntry[] = [
  {
    name: 'grants missing',
    token: hmacJws(HEADER, payload({ grants: undefined })),
    expected: [f('grantsMissing', 'error', 20106)],
  },
  {
    name: 'grants as a list',
    token: hmacJws(HEADER, payload({ grants: ['video'] })),
    expected: [f('grantsMissing', 'error', 20106)],
  },
  {
    name: 'identity and no grant',
    token: hmacJws(HEADER, payload({ grants: { identity: 'alice' } })),
    expected: [f('noGrant', 'warning', 20106)],
  },
  {
    name: 'Video grant without identity',
    token: hmacJws(HEADER, payload({ grants: { video: {} } })),
    expected: [f('identityMissing', 'error', 20106)],
  },
  {
    name: 'Voice grant with an empty identity',
    token: hmacJws(
      HEADER,
      payload({ grants: { identity: '', voice: { outgoing: { application_sid: SIDS.AP } } } }),
    ),
    expected: [f('identityMissing', 'error', 20106)],
  },
  {
    name: 'Chat and Sync grants with a numeric identity',
    token: hmacJws(HEADER, payload({ grants: { identity: 42, chat: {}, data_sync: {} } })),
    expected: [f('identityMissing', 'error', 20106), f('chatWithoutService', 'warning')],
  },
  {
    name: 'Video grant set to true',
    token: hmacJws(HEADER, grants({ video: true })),
    expected: [f('grantNotObject', 'error', 20106)],
  },
  {
    name: 'Voice outgoing as a bare SID',
    token: hmacJws(HEADER, grants({ voice: { outgoing: SIDS.AP } })),
    expected: [f('grantNotObject', 'error', 20106), f('voiceCannotCall', 'warning')],
  },
  {
    name: 'Video room is an Account SID',
    token: hmacJws(HEADER, grants({ video: { room: ACCOUNT_SID } })),
    expected: [f('grantSidInvalid', 'error', 20106)],
  },
  {
    name: 'Voice application is a Push Credential SID',
    token: hmacJws(HEADER, grants({ voice: { outgoing: { application_sid: SIDS.CR } } })),
    expected: [f('grantSidInvalid', 'error', 20106)],
  },
  {
    name: 'Voice outgoing without an application',
    token: hmacJws(HEADER, grants({ voice: { outgoing: { params: { to: 'bob' } } } })),
    expected: [f('grantSidInvalid', 'error', 20106), f('voiceCannotCall', 'warning')],
  },
  {
    name: 'Voice push credential is a TwiML App SID',
    token: hmacJws(HEADER, grants({ voice: { push_credential_sid: SIDS.AP } })),
    expected: [f('grantSidInvalid', 'error', 20106), f('voiceCannotCall', 'warning')],
  },
  {
    name: 'Chat service is a Messaging Service SID',
    token: hmacJws(HEADER, grants({ chat: { service_sid: SIDS.MG } })),
    expected: [f('grantSidInvalid', 'error', 20106)],
  },
  {
    name: 'Chat role SID cut short, push credential an App SID',
    token: hmacJws(
      HEADER,
      grants({ chat: { deployment_role_sid: 'RL0000', push_credential_sid: SIDS.AP } }),
    ),
    expected: [
      f('grantSidInvalid', 'error', 20106),
      f('grantSidInvalid', 'error', 20106),
      f('chatWithoutService', 'warning'),
    ],
  },
  {
    name: 'Sync service is a Conversation SID',
    token: hmacJws(HEADER, grants({ data_sync: { service_sid: SIDS.CH } })),
    expected: [f('grantSidInvalid', 'error', 20106)],
  },
  {
    name: 'TaskRouter workspace and worker swapped',
    token: hmacJws(
      HEADER,
      grants({ task_router: { workspace_sid: SIDS.WK, worker_sid: SIDS.WS } }),
    ),
    expected: [f('grantSidInvalid', 'error', 20106), f('grantSidInvalid', 'error', 20106)],
  },
  {
    name: 'a grant under the SDK class name "sync"',
    token: hmacJws(HEADER, grants({ sync: { service_sid: SIDS.IS } })),
    expected: [f('unknownGrant', 'warning', 20106)],
  },
  {
    name: 'Video identity of 129 characters',
    token: hmacJws(HEADER, payload({ grants: { identity: 'a'.repeat(129), video: {} } })),
    expected: [f('identityTooLong', 'error', 53201)],
  },
  {
    name: 'Video identity of 100 kanji, 200 if double-byte counts twice',
    token: hmacJws(HEADER, payload({ grants: { identity: '山'.repeat(100), video: {} } })),
    expected: [f('identityMayBeTooLongForVideo', 'warning', 53201)],
  },
  {
    name: 'Voice identity with a hyphen and 300 characters',
    token: hmacJws(
      HEADER,
      payload({
        grants: {
          identity: `user-${'a'.repeat(295)}`,
          voice: { incoming: { allow: true } },
        },
      }),
    ),
    expected: [f('identityTooLong', 'error', 31105), f('identityNotVoiceSafe', 'warning', 31105)],
  },
  {
    name: 'Conversations identity of 257 characters',
    token: hmacJws(
      HEADER,
      payload({ grants: { identity: 'a'.repeat(257), chat: { service_sid: SIDS.IS } } }),
    ),
    expected: [f('identityTooLong', 'error', 50207)],
  },
  {
    name: 'Sync identity of 257 characters',
    token: hmacJws(HEADER, payload({ grants: { identity: 'a'.repeat(257), data_sync: {} } })),
    expected: [f('identityTooLong', 'error', 54351)],
  },
  {
    name: 'Voice grant that can neither call nor be called',
    token: hmacJws(HEADER, grants({ voice: { push_credential_sid: SIDS.CR } })),
    expected: [f('voiceCannotCall', 'warning')],
  },
  {
    name: 'legacy ip_messaging grant',
    token: hmacJws(
      HEADER,
      payload({ grants: { identity: 'alice', ip_messaging: { service_sid: SIDS.IS } } }),
    ),
    expected: [f('legacyGrant', 'warning', 20106)],
  },
  {
    name: 'legacy rtc grant without identity',
    token: hmacJws(HEADER, payload({ grants: { rtc: { configuration_profile_sid: 'VS1' } } })),
    expected: [f('identityMissing', 'error', 20106), f('legacyGrant', 'warning', 20106)],
  },
];

/** Tokens with broken claims: at least one for each issuer, time and grant finding. */
export const brokenClaimEntries: CorpusEntry[] = [...issuer, ...times, ...grantEntries];
