using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new VoiceGrant
    {
        OutgoingApplicationSid = "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        OutgoingApplicationParams = new Dictionary<string, string>
        {
            ["__proto__"] = "proto",
            ["constructor"] = "ctor",
            ["prototype"] = "p",
            ["toString"] = "s",
            ["valueOf"] = "v",
            ["hasOwnProperty"] = "h",
            ["$type"] = "t",
            ["#{x}"] = "${y}",
            ["tab\tkey"] = "tab\tvalue",
        },
    },
    new PlaybackGrant
    {
        Grant = new Dictionary<string, object>
        {
            ["__proto__"] = new Dictionary<string, object>
            {
                ["polluted"] = true,
            },
            ["requestCredentials"] = null,
            ["constructor"] = new Dictionary<string, object>
            {
                ["prototype"] = new Dictionary<string, object>
                {
                    ["toString"] = "x",
                },
            },
            ["toString"] = "shadowed",
            ["$ref"] = "#/nope",
            ["list"] = new Dictionary<string, object>
            {
                ["0"] = "zero",
                ["1"] = "one",
            },
            ["notList"] = new Dictionary<string, object>
            {
                ["1"] = "one",
                ["2"] = "two",
            },
            ["deep"] = new List<object>
            {
                new Dictionary<string, object>
                {
                    ["0"] = new List<object>(),
                },
                new Dictionary<string, object>(),
                new List<object>
                {
                    new List<object>(),
                },
            },
        },
    },
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "__proto__",
    expiration: DateTime.UtcNow.AddSeconds(3600),
    grants: grants);

Console.WriteLine(token.ToJwt());
