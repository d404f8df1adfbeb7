import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VideoGrant, VoiceGrant, SyncGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='YOUR_IDENTITY',
    ttl=14400,
)

token.add_grant(VideoGrant(room='YOUR_ROOM'))
token.add_grant(
    VoiceGrant(
        outgoing_application_sid='YOUR_OUTGOING_APPLICATION_SID',
        outgoing_application_params={
            'To': 'client:bob',
        },
    )
)
token.add_grant(SyncGrant(service_sid='YOUR_SERVICE_SID'))

print(token.to_jwt())
