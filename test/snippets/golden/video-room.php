<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\VideoGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    3600,
    'alice'
);

$videoGrant = new VideoGrant();
$videoGrant->setRoom('daily-standup');
$token->addGrant($videoGrant);

echo $token->toJWT() . PHP_EOL;
