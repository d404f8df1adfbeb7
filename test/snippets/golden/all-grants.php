<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\VideoGrant;
use Twilio\Jwt\Grants\VoiceGrant;
use Twilio\Jwt\Grants\ChatGrant;
use Twilio\Jwt\Grants\SyncGrant;
use Twilio\Jwt\Grants\TaskRouterGrant;
use Twilio\Jwt\Grants\PlaybackGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    14400,
    '山田 "Taro" \\ $HOME #{x}',
    'ie1'
);
$token->setNbf(1767225600);

$videoGrant = new VideoGrant();
$videoGrant->setRoom('会議室 1');
$token->addGrant($videoGrant);

$voiceGrant = new VoiceGrant();
$voiceGrant->setIncomingAllow(true);
$voiceGrant->setOutgoingApplication('APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', [
    'To' => 'client:bob',
    'it\'s' => 'a "quote" \\ $x #{y}',
]);
$voiceGrant->setPushCredentialSid('CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
$voiceGrant->setEndpointId('phone-1');
$token->addGrant($voiceGrant);

$chatGrant = new ChatGrant();
$chatGrant->setServiceSid('IScccccccccccccccccccccccccccccccc');
$chatGrant->setEndpointId('web:山田:1');
$chatGrant->setDeploymentRoleSid('RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee');
$chatGrant->setPushCredentialSid('CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
$token->addGrant($chatGrant);

$syncGrant = new SyncGrant();
$syncGrant->setServiceSid('ISdddddddddddddddddddddddddddddddd');
$syncGrant->setEndpointId('sync-1');
$token->addGrant($syncGrant);

$taskRouterGrant = new TaskRouterGrant();
$taskRouterGrant->setWorkspaceSid('WSffffffffffffffffffffffffffffffff');
$taskRouterGrant->setWorkerSid('WK11111111111111111111111111111111');
$taskRouterGrant->setRole('worker');
$token->addGrant($taskRouterGrant);

$playbackGrant = new PlaybackGrant();
$playbackGrant->setGrant([
    'requestCredentials' => null,
    'playbackUrl' => 'https://example.live.twilio.com/v1/us1/stream/index.m3u8',
    'playerStreamerSid' => 'VJ22222222222222222222222222222222',
    'expiresIn' => 3600,
    'lowLatency' => true,
    'tags' => [
        'live',
        'ライブ',
    ],
    'meta' => [
        'note' => "tab\there, it's \\ \$fine #{ok}",
    ],
]);
$token->addGrant($playbackGrant);

echo $token->toJWT() . PHP_EOL;
