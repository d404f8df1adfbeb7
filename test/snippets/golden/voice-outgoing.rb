require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: 'agent-42',
  ttl: 3600
)

voice_grant = Twilio::JWT::AccessToken::VoiceGrant.new
voice_grant.incoming_allow = true
voice_grant.outgoing_application_sid = 'APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
voice_grant.outgoing_application_params = {
  'To' => '+15558675310',
  'mode' => 'conference',
}
token.add_grant(voice_grant)

puts token.to_jwt
