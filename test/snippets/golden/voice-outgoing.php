<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\VoiceGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    3600,
    'agent-42'
);

$voiceGrant = new VoiceGrant();
$voiceGrant->setIncomingAllow(true);
$voiceGrant->setOutgoingApplication('APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', [
    'To' => '+15558675310',
    'mode' => 'conference',
]);
$token->addGrant($voiceGrant);

echo $token->toJWT() . PHP_EOL;
