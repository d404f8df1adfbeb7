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
		Identity:      "YOUR_IDENTITY",
		Ttl:           14400,
	})
	token.AddGrant(&jwt.VideoGrant{Room: "YOUR_ROOM"})
	token.AddGrant(&jwt.VoiceGrant{
		Outgoing: jwt.Outgoing{
			ApplicationSid: "YOUR_OUTGOING_APPLICATION_SID",
			ApplicationParams: map[string]interface{}{
				"To": "client:bob",
			},
		},
	})
	token.AddGrant(&jwt.SyncGrant{ServiceSid: "YOUR_SERVICE_SID"})

	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
