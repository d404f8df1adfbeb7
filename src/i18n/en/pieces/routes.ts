/**
 * The Code tab's words for server routes and the edge program: the "Program" control, the
 * steps beside each route, and the comments written into the routes (the generators choose where
 * each goes). Part of the `code` namespace.
 */
export const routes = {
  program: 'Program',
  script: 'Script',
  serverRoute: 'Server route',
  intro:
    'A route for your web server: GET /token?identity=… checks the identity by the same rules as the form and answers {"identity": …, "token": …} as JSON, never cached. The rest of the token is the form’s.',
  env: 'Save beside it as .env',
  envNote:
    'The SIDs are the form’s. Put your API Key Secret in place of the placeholder, and keep .env out of version control.',
  run: 'Run it',
  tryIt: 'Try it',
  copyEnv: (language: string) => `Copy ${language} .env`,
  copyRun: (language: string) => `Copy ${language} run command`,
  copyCurl: (language: string) => `Copy ${language} curl command`,
  /** Where the secret goes in the `.env` block; never the value itself. */
  secretPlaceholder: 'your_api_key_secret',
  comments: {
    /** The marker above the place where the route must know who is asking. */
    checkUser:
      'TODO: check who your user is (your login or session) before handing out a token; as written, anyone who can reach this route gets one.',
    /** Above the identity check. */
    rules: (max: number) =>
      `The form’s rules for these grants: an identity is required, at most ${max} characters, no control characters.`,
    /** Above the room check, where the token has a Video grant. */
    room: (max: number) =>
      `The Video grant’s room comes from the request: empty or absent means any room, at most ${max} characters.`,
    /** Why each program is written in the framework it uses. */
    framework: {
      node: 'Express: the usual small web framework for Node.js.',
      python:
        'Flask: Python’s usual micro-framework for a small JSON endpoint. The flask command reads .env when python-dotenv is installed.',
      java: 'Javalin: one dependency and a few lines for a JSON endpoint, without the project setup Spring Boot needs.',
      csharp:
        'ASP.NET Core minimal API: .NET’s own way to write a small HTTP endpoint, with no package besides Twilio.',
      php: 'Plain PHP on PHP’s built-in web server: one endpoint needs no framework.',
      ruby: 'Sinatra: Ruby’s usual micro-framework for a small endpoint.',
      go: 'net/http from the standard library: Go’s usual choice for one JSON endpoint.',
      edge: 'jose and WebCrypto only, with no Node.js APIs, so it runs where twilio-node cannot load: Cloudflare Workers, Deno, Bun.',
    },
  },
};

export type RouteWords = typeof routes;
