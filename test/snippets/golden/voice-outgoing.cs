using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new VoiceGrant
    {
        IncomingAllow = true,
        OutgoingApplicationSid = "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        OutgoingApplicationParams = new Dictionary<string, string>
        {
            ["To"] = "+15558675310",
            ["mode"] = "conference",
        },
    },
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "agent-42",
    expiration: DateTime.UtcNow.AddSeconds(3600),
    grants: grants);

Console.WriteLine(token.ToJwt());
