require 'twilio-ruby'

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = Twilio::JWT::AccessToken.new(
  ENV.fetch('TWILIO_ACCOUNT_SID'),
  ENV.fetch('TWILIO_API_KEY'),
  ENV.fetch('TWILIO_API_SECRET'),
  identity: 'user@example.com',
  ttl: 7200
)

chat_grant = Twilio::JWT::AccessToken::ChatGrant.new
chat_grant.service_sid = 'IScccccccccccccccccccccccccccccccc'
chat_grant.endpoint_id = 'web:user@example.com:tab-1'
token.add_grant(chat_grant)

sync_grant = Twilio::JWT::AccessToken::SyncGrant.new
sync_grant.service_sid = 'ISdddddddddddddddddddddddddddddddd'
token.add_grant(sync_grant)

puts token.to_jwt
