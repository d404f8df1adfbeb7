require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: 'YOUR_IDENTITY',
  ttl: 14400
)

video_grant = Twilio::JWT::AccessToken::VideoGrant.new
video_grant.room = 'YOUR_ROOM'
token.add_grant(video_grant)

voice_grant = Twilio::JWT::AccessToken::VoiceGrant.new
voice_grant.outgoing_application_sid = 'YOUR_OUTGOING_APPLICATION_SID'
voice_grant.outgoing_application_params = {
  'To' => 'client:bob',
}
token.add_grant(voice_grant)

sync_grant = Twilio::JWT::AccessToken::SyncGrant.new
sync_grant.service_sid = 'YOUR_SERVICE_SID'
token.add_grant(sync_grant)

puts token.to_jwt
