import type { LibrarySample } from './librarySample.ts';

/**
 * **Not made by twilio-csharp.** There is no .NET here, so these are built by hand (Node, HMAC-SHA256)
 * to the layout read from twilio-csharp 7.14.9's source (`BaseJwt.cs` L71-127, `Token.cs` L96-134,
 * @f6b1f01) and System.IdentityModel.Tokens.Jwt's `JwtHeader`/`JwtPayload`: header alg, typ, cty,
 * twr?; payload iss, exp, jti, sub, nbf?, grants; issued at 1796222400 with the default one-hour
 * expiration. Signed with the API Key Secret of test/support/fixtures.ts.
 */
export const CSHARP_SAMPLES = {
  voiceVideo: {
    made: 'identity "alice", TTL 600 s; Voice (incoming allowed, outgoing TwiML App with params mode=a/b), Video room "room1"',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwiZXhwIjoxNzk2MjI2MDAwLCJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjI0MDAiLCJzdWIiOiJBQzAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmIiwiZ3JhbnRzIjp7ImlkZW50aXR5IjoiYWxpY2UiLCJ2b2ljZSI6eyJpbmNvbWluZyI6eyJhbGxvdyI6dHJ1ZX0sIm91dGdvaW5nIjp7ImFwcGxpY2F0aW9uX3NpZCI6IkFQMDAxMTIyMzM0NDU1NjY3Nzg4OTlhYWJiY2NkZGVlZmYiLCJwYXJhbXMiOnsibW9kZSI6ImEvYiJ9fX0sInZpZGVvIjp7InJvb20iOiJyb29tMSJ9fX0.aF35m1XkQ3_bHIO8wLL-zpbwuch0ea6u5R7EyawXxks',
  },
  regionNbfPlayback: {
    made: 'identity "élodie/<x>&", region au1, nbf 1700000000, default TTL; an empty PlaybackGrant, Chat (service, push credential)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIiwidHdyIjoiYXUxIn0.eyJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwiZXhwIjoxNzk2MjI2MDAwLCJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjI0MDAiLCJzdWIiOiJBQzAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmIiwibmJmIjoxNzAwMDAwMDAwLCJncmFudHMiOnsiaWRlbnRpdHkiOiLDqWxvZGllLzx4PiYiLCJwbGF5ZXIiOm51bGwsImNoYXQiOnsic2VydmljZV9zaWQiOiJJUzAwMTEyMjMzNDQ1NTY2Nzc4ODk5YWFiYmNjZGRlZWZmIiwicHVzaF9jcmVkZW50aWFsX3NpZCI6IkNSMDAxMTIyMzM0NDU1NjY3Nzg4OTlhYWJiY2NkZGVlZmYifX19.mWKiWxESHKL7nmDhQNqLv9OOA8cKOwnrOItQD2wMrxs',
  },
  noIdentity: {
    made: 'no identity, default TTL; an empty Video grant',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwiZXhwIjoxNzk2MjI2MDAwLCJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjI0MDAiLCJzdWIiOiJBQzAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmIiwiZ3JhbnRzIjp7InZpZGVvIjp7fX19.B15Gc5lP7-Hf9CV5OW4_UVs3exsrxvdVaK6KRLXlwho',
  },
} as const satisfies Readonly<Record<string, LibrarySample>>;
