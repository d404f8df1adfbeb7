import type { SnippetId } from '../snippet.ts';
import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { ROUTE_COMMENTS_EN } from '../comments.ts';
import { commentText, rubyString } from '../escape.ts';
import { grantStatements } from '../languages/ruby.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { snippetGrants } from '../snippetGrants.ts';
import { requestRules } from './requestRules.ts';
import {
  DEFAULT_PORT,
  indented,
  roomFromRequest,
  withRoomStandIn,
  type RouteProgram,
} from './route.ts';

const I = '  ';

/**
 * twilio-ruby 7 in a classic Sinatra 4 app, which needs `rackup` and a server (Puma) beside it.
 * twilio-ruby writes a room that is `''` (only `nil` is left out), so an empty room becomes nil.
 */
export const rubyRoute: RouteProgram<SnippetId> = {
  id: 'ruby',
  name: 'Ruby',
  install: "gem install 'twilio-ruby:~> 7' 'sinatra:~> 4' rackup puma",
  filename: 'server.rb',
  language: 'ruby',
  run: 'set -a && . ./.env && set +a && ruby server.rb',
  port: DEFAULT_PORT,
  code(input, comments = ROUTE_COMMENTS_EN) {
    const rules = requestRules(input.grants);
    const grants = snippetGrants(withRoomStandIn(input).grants);
    const args = [
      ...CREDENTIAL_ENV.map((name) => `ENV.fetch(${rubyString(name)})`),
      'identity: identity',
      `ttl: ${input.ttl}`,
      ...(input.nbf === undefined ? [] : [`nbf: ${input.nbf}`]),
      ...(input.region ? [`region: ${rubyString(input.region)}`] : []),
    ];
    const checks = [
      "check('identity', IDENTITY_MAX, true)",
      ...(rules.room ? ["check('room', ROOM_MAX, false)"] : []),
    ];
    const route = [
      'content_type :json',
      'cache_control :no_store',
      `problem = ${checks.join(' || ')}`,
      'halt 400, JSON.generate(error: problem) if problem',
      "identity = params['identity']",
      ...(rules.room ? ["room = params['room'].to_s.empty? ? nil : params['room']"] : []),
      '',
      `# ${commentText(comments.checkUser)}`,
      '',
      `# ${commentText(comments.credentials)}`,
      'token = Twilio::JWT::AccessToken.new(',
      ...args.map((arg, index) => `${I}${arg}${index === args.length - 1 ? '' : ','}`),
      ')',
      ...grants.flatMap((grant) => [
        '',
        ...grantStatements(grant).map((line) => roomFromRequest(line, rubyString, 'room')),
      ]),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM ? [] : [`# ${commentText(comments.hs256Only)}`]),
      'JSON.generate(identity: identity, token: token.to_jwt)',
    ];
    return [
      `# ${commentText(comments.framework.ruby)}`,
      "require 'json'",
      "require 'sinatra'",
      "require 'twilio-ruby'",
      '',
      `# ${commentText(comments.rules(rules.identityMax))}`,
      `IDENTITY_MAX = ${rules.identityMax}`,
      ...(rules.room
        ? [`# ${commentText(comments.room(rules.room.max))}`, `ROOM_MAX = ${rules.room.max}`]
        : []),
      '',
      `set :port, ENV.fetch('PORT', ${DEFAULT_PORT}).to_i`,
      '',
      'helpers do',
      `${I}def check(name, max, required)`,
      `${I}${I}value = params[name]`,
      `${I}${I}return "#{name} must be given once" unless value.nil? || value.is_a?(String)`,
      `${I}${I}return (required ? "#{name} is required" : nil) if value.nil? || value.empty?`,
      `${I}${I}unless value.valid_encoding? && !value.match?(/\\p{Cc}/)`,
      `${I}${I}${I}return "#{name} must not contain control characters or broken Unicode"`,
      `${I}${I}end`,
      `${I}${I}return "#{name} must be at most #{max} characters" if value.length > max`,
      '',
      `${I}${I}nil`,
      `${I}end`,
      'end',
      '',
      "get '/token' do",
      ...indented(route, I),
      'end',
      '',
    ].join('\n');
  },
};
