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
		Identity:      "user@example.com",
		Ttl:           7200,
	})
	token.AddGrant(&jwt.ChatGrant{
		ServiceSid: "IScccccccccccccccccccccccccccccccc",
		EndpointID: "web:user@example.com:tab-1",
	})
	token.AddGrant(&jwt.SyncGrant{ServiceSid: "ISdddddddddddddddddddddddddddddddd"})

	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
