import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import PlaybackGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='alice',
    ttl=3600,
)

token.add_grant(
    PlaybackGrant(
        grant={
            'beyondInt64': 1.2345678901234568e+29,
            'int64Max': 9.223372036854776e+18,
            'int64Min': -9.223372036854776e+18,
            'twoTo64': 1.8446744073709552e+19,
            'unsafe': 9.007199254740992e+15,
            'maxSafe': 9007199254740991,
            'minSafe': -9007199254740991,
            'huge': 1e+300,
            'negativeHuge': -1.7976931348623157e+308,
            'exp21': 1e+21,
            'belowExp21': 1e+20,
            'tenth': 0.1,
            'small': 0.00001,
            'tiny': 1.5e-7,
            'negativeZero': 0,
            'list': [
                0,
                -1,
                2.5,
                1e+16,
                -1e-300,
            ],
        },
    )
)

# This library signs with HS256 only, so the algorithm chosen on the page is not used.
print(token.to_jwt())
