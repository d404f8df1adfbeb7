using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new ChatGrant
    {
        ServiceSid = "IScccccccccccccccccccccccccccccccc",
        EndpointId = "web:user@example.com:tab-1",
    },
    new SyncGrant { ServiceSid = "ISdddddddddddddddddddddddddddddddd" },
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "user@example.com",
    expiration: DateTime.UtcNow.AddSeconds(7200),
    grants: grants);

Console.WriteLine(token.ToJwt());
