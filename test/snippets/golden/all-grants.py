import os

from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import VideoGrant, VoiceGrant, ChatGrant, SyncGrant, TaskRouterGrant, PlaybackGrant

# Reads your credentials from the environment, so the API Key Secret stays out of code.
token = AccessToken(
    os.environ['TWILIO_ACCOUNT_SID'],
    os.environ['TWILIO_API_KEY'],
    os.environ['TWILIO_API_SECRET'],
    identity='山田 "Taro" \\ $HOME #{x}',
    ttl=14400,
    nbf=1767225600,
    region='ie1',
)

token.add_grant(VideoGrant(room='会議室 1'))
token.add_grant(
    VoiceGrant(
        incoming_allow=True,
        outgoing_application_sid='APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        outgoing_application_params={
            'To': 'client:bob',
            "it's": 'a "quote" \\ $x #{y}',
        },
        push_credential_sid='CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
        endpoint_id='phone-1',
    )
)
token.add_grant(
    ChatGrant(
        service_sid='IScccccccccccccccccccccccccccccccc',
        endpoint_id='web:山田:1',
        deployment_role_sid='RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
        push_credential_sid='CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    )
)
token.add_grant(
    SyncGrant(
        service_sid='ISdddddddddddddddddddddddddddddddd',
        endpoint_id='sync-1',
    )
)
token.add_grant(
    TaskRouterGrant(
        workspace_sid='WSffffffffffffffffffffffffffffffff',
        worker_sid='WK11111111111111111111111111111111',
        role='worker',
    )
)
token.add_grant(
    PlaybackGrant(
        grant={
            'requestCredentials': None,
            'playbackUrl': 'https://example.live.twilio.com/v1/us1/stream/index.m3u8',
            'playerStreamerSid': 'VJ22222222222222222222222222222222',
            'expiresIn': 3600,
            'lowLatency': True,
            'tags': [
                'live',
                'ライブ',
            ],
            'meta': {
                'note': "tab\there, it's \\ $fine #{ok}",
            },
        },
    )
)

print(token.to_jwt())
