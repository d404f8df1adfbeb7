package main

import (
	"fmt"
	"os"
	"time"

	"github.com/twilio/twilio-go/client/jwt"
)

func main() {
	// twilio-go raises a TTL under one hour to 3600 seconds, so the expiry time is set directly.
	validUntil := float64(time.Now().Unix() + 600)

	// Reads your credentials from the environment, so the API Key Secret stays out of code.
	token := jwt.CreateAccessToken(jwt.AccessTokenParams{
		AccountSid:    os.Getenv("TWILIO_ACCOUNT_SID"),
		SigningKeySid: os.Getenv("TWILIO_API_KEY"),
		Secret:        os.Getenv("TWILIO_API_SECRET"),
		Identity:      "alice",
		ValidUntil:    validUntil,
	})
	token.AddGrant(&jwt.VideoGrant{})

	// This library signs with HS256 only, so the algorithm chosen on the page is not used.
	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
