<?php

require __DIR__ . '/vendor/autoload.php';

use Twilio\Jwt\AccessToken;
use Twilio\Jwt\Grants\VoiceGrant;
use Twilio\Jwt\Grants\PlaybackGrant;

// Reads your credentials from the environment, so the API Key Secret stays out of code.
$token = new AccessToken(
    getenv('TWILIO_ACCOUNT_SID'),
    getenv('TWILIO_API_KEY'),
    getenv('TWILIO_API_SECRET'),
    3600,
    '__proto__'
);

$voiceGrant = new VoiceGrant();
$voiceGrant->setOutgoingApplication('APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', [
    '__proto__' => 'proto',
    'constructor' => 'ctor',
    'prototype' => 'p',
    'toString' => 's',
    'valueOf' => 'v',
    'hasOwnProperty' => 'h',
    '$type' => 't',
    '#{x}' => '${y}',
    "tab\tkey" => "tab\tvalue",
]);
$token->addGrant($voiceGrant);

$playbackGrant = new PlaybackGrant();
$playbackGrant->setGrant([
    '__proto__' => [
        'polluted' => true,
    ],
    'requestCredentials' => null,
    'constructor' => [
        'prototype' => [
            'toString' => 'x',
        ],
    ],
    'toString' => 'shadowed',
    '$ref' => '#/nope',
    'list' => (object) [
        '0' => 'zero',
        '1' => 'one',
    ],
    'notList' => [
        '1' => 'one',
        '2' => 'two',
    ],
    'deep' => [
        (object) [
            '0' => [],
        ],
        new \stdClass(),
        [
            [],
        ],
    ],
]);
$token->addGrant($playbackGrant);

echo $token->toJWT() . PHP_EOL;
