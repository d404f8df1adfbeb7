import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import ChatGrant, SyncGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='user@example.com',
    ttl=7200,
)

token.add_grant(
    ChatGrant(
        service_sid='IScccccccccccccccccccccccccccccccc',
        endpoint_id='web:user@example.com:tab-1',
    )
)
token.add_grant(SyncGrant(service_sid='ISdddddddddddddddddddddddddddddddd'))

print(token.to_jwt())
