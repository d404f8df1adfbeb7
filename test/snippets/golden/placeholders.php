<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\VideoGrant;
use Twilio\Jwt\Grants\VoiceGrant;
use Twilio\Jwt\Grants\SyncGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    14400,
    'YOUR_IDENTITY'
);

$videoGrant = new VideoGrant();
$videoGrant->setRoom('YOUR_ROOM');
$token->addGrant($videoGrant);

$voiceGrant = new VoiceGrant();
$voiceGrant->setOutgoingApplication('YOUR_OUTGOING_APPLICATION_SID', [
    'To' => 'client:bob',
]);
$token->addGrant($voiceGrant);

$syncGrant = new SyncGrant();
$syncGrant->setServiceSid('YOUR_SERVICE_SID');
$token->addGrant($syncGrant);

echo $token->toJWT() . PHP_EOL;
