import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VoiceGrant, PlaybackGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='__proto__',
    ttl=3600,
)

token.add_grant(
    VoiceGrant(
        outgoing_application_sid='APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        outgoing_application_params={
            '__proto__': 'proto',
            'constructor': 'ctor',
            'prototype': 'p',
            'toString': 's',
            'valueOf': 'v',
            'hasOwnProperty': 'h',
            '$type': 't',
            '#{x}': '${y}',
            'tab\tkey': 'tab\tvalue',
        },
    )
)
token.add_grant(
    PlaybackGrant(
        grant={
            '__proto__': {
                'polluted': True,
            },
            'requestCredentials': None,
            'constructor': {
                'prototype': {
                    'toString': 'x',
                },
            },
            'toString': 'shadowed',
            '$ref': '#/nope',
            'list': {
                '0': 'zero',
                '1': 'one',
            },
            'notList': {
                '1': 'one',
                '2': 'two',
            },
            'deep': [
                {
                    '0': [],
                },
                {},
                [
                    [],
                ],
            ],
        },
    )
)

print(token.to_jwt())
