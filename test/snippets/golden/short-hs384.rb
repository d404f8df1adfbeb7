require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: 'alice',
  ttl: 600
)

video_grant = Twilio::JWT::AccessToken::VideoGrant.new
token.add_grant(video_grant)

# This library signs with HS256 only, so the algorithm chosen on the page is not used.
puts token.to_jwt
