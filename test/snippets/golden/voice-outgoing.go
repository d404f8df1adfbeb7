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
		Identity:      "agent-42",
		Ttl:           3600,
	})
	token.AddGrant(&jwt.VoiceGrant{
		Incoming: jwt.Incoming{Allow: true},
		Outgoing: jwt.Outgoing{
			ApplicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			ApplicationParams: map[string]interface{}{
				"To":   "+15558675310",
				"mode": "conference",
			},
		},
	})

	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
