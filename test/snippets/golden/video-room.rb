require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: 'alice',
  ttl: 3600
)

video_grant = Twilio::JWT::AccessToken::VideoGrant.new
video_grant.room = 'daily-standup'
token.add_grant(video_grant)

puts token.to_jwt
