using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

var grants = new HashSet<IGrant>
{
    new VideoGrant { Room = "会議室 1" },
    new VoiceGrant
    {
        IncomingAllow = true,
        OutgoingApplicationSid = "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        OutgoingApplicationParams = new Dictionary<string, string>
        {
            ["To"] = "client:bob",
            ["it's"] = "a \"quote\" \\ $x #{y}",
        },
        PushCredentialSid = "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        EndpointId = "phone-1",
    },
    new ChatGrant
    {
        ServiceSid = "IScccccccccccccccccccccccccccccccc",
        EndpointId = "web:山田:1",
        DeploymentRoleSid = "RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
        PushCredentialSid = "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    },
    new SyncGrant
    {
        ServiceSid = "ISdddddddddddddddddddddddddddddddd",
        EndpointId = "sync-1",
    },
    new TaskRouterGrant
    {
        WorkspaceSid = "WSffffffffffffffffffffffffffffffff",
        WorkerSid = "WK11111111111111111111111111111111",
        Role = "worker",
    },
    new PlaybackGrant
    {
        Grant = new Dictionary<string, object>
        {
            ["requestCredentials"] = null,
            ["playbackUrl"] = "https://example.live.twilio.com/v1/us1/stream/index.m3u8",
            ["playerStreamerSid"] = "VJ22222222222222222222222222222222",
            ["expiresIn"] = 3600,
            ["lowLatency"] = true,
            ["tags"] = new List<object>
            {
                "live",
                "ライブ",
            },
            ["meta"] = new Dictionary<string, object>
            {
                ["note"] = "tab\there, it's \\ $fine #{ok}",
            },
        },
    },
};

// Reads your credentials from the environment, so the API Key Secret stays out of code.
var token = new Token(
    Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID"),
    Environment.GetEnvironmentVariable("TWILIO_API_KEY"),
    Environment.GetEnvironmentVariable("TWILIO_API_SECRET"),
    identity: "山田 \"Taro\" \\ $HOME #{x}",
    expiration: DateTime.UtcNow.AddSeconds(14400),
    nbf: DateTimeOffset.FromUnixTimeSeconds(1767225600).UtcDateTime,
    grants: grants,
    region: "ie1");

Console.WriteLine(token.ToJwt());
