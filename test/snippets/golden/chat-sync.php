<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\ChatGrant;
use Twilio\Jwt\Grants\SyncGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    7200,
    'user@example.com'
);

$chatGrant = new ChatGrant();
$chatGrant->setServiceSid('IScccccccccccccccccccccccccccccccc');
$chatGrant->setEndpointId('web:user@example.com:tab-1');
$token->addGrant($chatGrant);

$syncGrant = new SyncGrant();
$syncGrant->setServiceSid('ISdddddddddddddddddddddddddddddddd');
$token->addGrant($syncGrant);

echo $token->toJWT() . PHP_EOL;
