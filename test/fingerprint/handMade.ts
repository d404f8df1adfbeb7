import type { LibrarySample } from './librarySample.ts';

/**
 * Tokens made by hand with generic JWT libraries (research notes E.8), on 2026-12-02, with the
 * credentials of test/support/fixtures.ts: PyJWT 2.6.0 and ruby-jwt 2.5.0 (Debian), jjwt 0.12.6,
 * golang-jwt 4.4.3 (Debian, as v5). jsonwebtoken's are made in the tests themselves.
 */
export const HAND_MADE_SAMPLES = {
  pyjwtTwilioLike: {
    made: 'jwt.encode({jti, iss, sub, exp, grants}, secret, headers={"cty": "twilio-fpa;v=1"})',
    token:
      'eyJhbGciOiJIUzI1NiIsImN0eSI6InR3aWxpby1mcGE7dj0xIiwidHlwIjoiSldUIn0.eyJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjIzNTciLCJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwic3ViIjoiQUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZiIsImV4cCI6MTc5NjIyNTk1NywiZ3JhbnRzIjp7ImlkZW50aXR5IjoiYWxpY2UiLCJ2aWRlbyI6eyJyb29tIjoicm9vbTEifX19.UNccTVLs6ZgaS1wFuM-rLZzJI9_BqnpWq6YuKbFIe_o',
  },
  pyjwtPlain: {
    made: 'jwt.encode({grants, iss, sub, exp}, secret)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZpZGVvIjp7fX0sImlzcyI6IlNLZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTAiLCJzdWIiOiJBQzAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmIiwiZXhwIjoxNzk2MjI1OTU3fQ.oQ28TNfXmdvsB-zu8G4NwsYj0U7wvOxKwNUJGBBQnkE',
  },
  rubyJwtTwilioLike: {
    made: "JWT.encode({jti:, grants:, iss:, sub:, exp:}, secret, 'HS256', {cty: 'twilio-fpa;v=1'})",
    token:
      'eyJjdHkiOiJ0d2lsaW8tZnBhO3Y9MSIsImFsZyI6IkhTMjU2In0.eyJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjIzNTgiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZpZGVvIjp7InJvb20iOiJyb29tMSJ9fSwiaXNzIjoiU0tmZWRjYmE5ODc2NTQzMjEwZmVkY2JhOTg3NjU0MzIxMCIsInN1YiI6IkFDMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYiLCJleHAiOjE3OTYyMjU5NTh9.IYAOnxyGm9XtKjcICY09ruJrdQnKNLPcEg-kyUEsK-4',
  },
  rubyJwtPlain: {
    made: "JWT.encode({grants:, iss:, sub:, exp:}, secret, 'HS256')",
    token:
      'eyJhbGciOiJIUzI1NiJ9.eyJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZpZGVvIjp7fX0sImlzcyI6IlNLZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTAiLCJzdWIiOiJBQzAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmIiwiZXhwIjoxNzk2MjI1OTU4fQ.YUs0JeMBRFH6K7u1UbMTnrW7sLHne-QpO2NI0AfY018',
  },
  jjwtTwilioLike: {
    made: 'Jwts.builder().header().add("cty", "twilio-fpa;v=1").and().id(…).claim("grants", …).issuer(…).subject(…).expiration(…).signWith(key, Jwts.SIG.HS256)',
    token:
      'eyJjdHkiOiJ0d2lsaW8tZnBhO3Y9MSIsImFsZyI6IkhTMjU2In0.eyJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3OTYyMjIzNjQiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsInZpZGVvIjp7InJvb20iOiJyb29tMSJ9fSwiaXNzIjoiU0tmZWRjYmE5ODc2NTQzMjEwZmVkY2JhOTg3NjU0MzIxMCIsInN1YiI6IkFDMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYiLCJleHAiOjE3OTYyMjU5NjR9.dORlWFUS6t6I1Gi7Sq-7wQJypDylTzwQecBXhsb5WzE',
  },
  golangJwtTwilioLike: {
    made: 'jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{jti, grants, iss, sub, exp}); Header["cty"] = "twilio-fpa;v=1"',
    token:
      'eyJhbGciOiJIUzI1NiIsImN0eSI6InR3aWxpby1mcGE7dj0xIiwidHlwIjoiSldUIn0.eyJleHAiOjE3OTYyMjU5NjgsImdyYW50cyI6eyJpZGVudGl0eSI6ImFsaWNlIiwidmlkZW8iOnsicm9vbSI6InJvb20xIn19LCJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwianRpIjoiU0tmZWRjYmE5ODc2NTQzMjEwZmVkY2JhOTg3NjU0MzIxMC0xNzk2MjIyMzY4Iiwic3ViIjoiQUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZiJ9.21Lyk6rjFLlqf-fHVOk4kayYmry156CPWqUEcR1uLtA',
  },
} as const satisfies Readonly<Record<string, LibrarySample>>;
