using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new VideoGrant(),
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "alice",
    expiration: DateTime.UtcNow.AddSeconds(600),
    grants: grants);

// This library signs with HS256 only, so the algorithm chosen on the page is not used.
Console.WriteLine(token.ToJwt());
