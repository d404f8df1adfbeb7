package main

import (
	"fmt"
	"os"

	"github.com/twilio/twilio-go/client/jwt"
)

func main() {
	// Reads your credentials from the environment, so the API Key Secret stays out of code.
	token := jwt.CreateAccessToken(jwt.AccessTokenParams{
		AccountSid:    os.Getenv("TWILIO_ACCOUNT_SID"),
		SigningKeySid: os.Getenv("TWILIO_API_KEY"),
		Secret:        os.Getenv("TWILIO_API_SECRET"),
		Identity:      `山田 "Taro" \ $HOME #{x}`,
		Ttl:           14400,
		Nbf:           1767225600,
		Region:        "ie1",
	})
	token.AddGrant(&jwt.VideoGrant{Room: "会議室 1"})
	token.AddGrant(&jwt.VoiceGrant{
		Incoming: jwt.Incoming{Allow: true},
		Outgoing: jwt.Outgoing{
			ApplicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			ApplicationParams: map[string]interface{}{
				"To":   "client:bob",
				"it's": `a "quote" \ $x #{y}`,
			},
		},
		PushCredentialSid: "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
		EndpointID:        "phone-1",
	})
	token.AddGrant(&jwt.ChatGrant{
		ServiceSid:        "IScccccccccccccccccccccccccccccccc",
		EndpointID:        "web:山田:1",
		DeploymentRoleSid: "RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
		PushCredentialSid: "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
	})
	token.AddGrant(&jwt.SyncGrant{
		ServiceSid: "ISdddddddddddddddddddddddddddddddd",
		EndpointID: "sync-1",
	})
	token.AddGrant(&jwt.TaskRouterGrant{
		WorkspaceSid: "WSffffffffffffffffffffffffffffffff",
		WorkerSid:    "WK11111111111111111111111111111111",
		Role:         "worker",
	})
	playbackGrant := jwt.PlaybackGrant{
		"requestCredentials": nil,
		"playbackUrl":        "https://example.live.twilio.com/v1/us1/stream/index.m3u8",
		"playerStreamerSid":  "VJ22222222222222222222222222222222",
		"expiresIn":          3600,
		"lowLatency":         true,
		"tags": []interface{}{
			"live",
			"ライブ",
		},
		"meta": map[string]interface{}{
			"note": "tab\there, it's \\ $fine #{ok}",
		},
	}
	token.AddGrant(&playbackGrant)

	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
