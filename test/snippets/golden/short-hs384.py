import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VideoGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='alice',
    ttl=600,
)

token.add_grant(VideoGrant())

# This library signs with HS256 only, so the algorithm chosen on the page is not used.
print(token.to_jwt())
