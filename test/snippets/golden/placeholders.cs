using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new VideoGrant { Room = "YOUR_ROOM" },
    new VoiceGrant
    {
        OutgoingApplicationSid = "YOUR_OUTGOING_APPLICATION_SID",
        OutgoingApplicationParams = new Dictionary<string, string>
        {
            ["To"] = "client:bob",
        },
    },
    new SyncGrant { ServiceSid = "YOUR_SERVICE_SID" },
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "YOUR_IDENTITY",
    expiration: DateTime.UtcNow.AddSeconds(14400),
    grants: grants);

Console.WriteLine(token.ToJwt());
