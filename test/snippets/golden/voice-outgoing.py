import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='agent-42',
    ttl=3600,
)

token.add_grant(
    VoiceGrant(
        incoming_allow=True,
        outgoing_application_sid='APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        outgoing_application_params={
            'To': '+15558675310',
            'mode': 'conference',
        },
    )
)

print(token.to_jwt())
