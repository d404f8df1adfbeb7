require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: '山田 "Taro" \\ $HOME #{x}',
  ttl: 14400,
  nbf: 1767225600,
  region: 'ie1'
)

video_grant = Twilio::JWT::AccessToken::VideoGrant.new
video_grant.room = '会議室 1'
token.add_grant(video_grant)

voice_grant = Twilio::JWT::AccessToken::VoiceGrant.new
voice_grant.incoming_allow = true
voice_grant.outgoing_application_sid = 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
voice_grant.outgoing_application_params = {
  'To' => 'client:bob',
  'it\'s' => 'a "quote" \\ $x #{y}',
}
voice_grant.push_credential_sid = 'CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
voice_grant.endpoint_id = 'phone-1'
token.add_grant(voice_grant)

chat_grant = Twilio::JWT::AccessToken::ChatGrant.new
chat_grant.service_sid = 'IScccccccccccccccccccccccccccccccc'
chat_grant.endpoint_id = 'web:山田:1'
chat_grant.deployment_role_sid = 'RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'
chat_grant.push_credential_sid = 'CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
token.add_grant(chat_grant)

sync_grant = Twilio::JWT::AccessToken::SyncGrant.new
sync_grant.service_sid = 'ISdddddddddddddddddddddddddddddddd'
sync_grant.endpoint_id = 'sync-1'
token.add_grant(sync_grant)

task_router_grant = Twilio::JWT::AccessToken::TaskRouterGrant.new
task_router_grant.workspace_sid = 'WSffffffffffffffffffffffffffffffff'
task_router_grant.worker_sid = 'WK11111111111111111111111111111111'
task_router_grant.role = 'worker'
token.add_grant(task_router_grant)

playback_grant = Twilio::JWT::AccessToken::PlaybackGrant.new
playback_grant.grant = {
  'requestCredentials' => nil,
  'playbackUrl' => 'https://example.live.twilio.com/v1/us1/stream/index.m3u8',
  'playerStreamerSid' => 'VJ22222222222222222222222222222222',
  'expiresIn' => 3600,
  'lowLatency' => true,
  'tags' => [
    'live',
    'ライブ',
  ],
  'meta' => {
    'note' => "tab\there, it's \\ $fine \#{ok}",
  },
}
token.add_grant(playback_grant)

puts token.to_jwt
