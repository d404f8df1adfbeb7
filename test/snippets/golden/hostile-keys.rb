require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: '__proto__',
  ttl: 3600
)

voice_grant = Twilio::JWT::AccessToken::VoiceGrant.new
voice_grant.outgoing_application_sid = 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
voice_grant.outgoing_application_params = {
  '__proto__' => 'proto',
  'constructor' => 'ctor',
  'prototype' => 'p',
  'toString' => 's',
  'valueOf' => 'v',
  'hasOwnProperty' => 'h',
  '$type' => 't',
  '#{x}' => '${y}',
  "tab\tkey" => "tab\tvalue",
}
token.add_grant(voice_grant)

playback_grant = Twilio::JWT::AccessToken::PlaybackGrant.new
playback_grant.grant = {
  '__proto__' => {
    'polluted' => true,
  },
  'requestCredentials' => nil,
  'constructor' => {
    'prototype' => {
      'toString' => 'x',
    },
  },
  'toString' => 'shadowed',
  '$ref' => '#/nope',
  'list' => {
    '0' => 'zero',
    '1' => 'one',
  },
  'notList' => {
    '1' => 'one',
    '2' => 'two',
  },
  'deep' => [
    {
      '0' => [],
    },
    {},
    [
      [],
    ],
  ],
}
token.add_grant(playback_grant)

puts token.to_jwt
