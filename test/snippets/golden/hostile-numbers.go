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
		Identity:      "alice",
		Ttl:           3600,
	})
	playbackGrant := jwt.PlaybackGrant{
		"beyondInt64":  1.2345678901234568e+29,
		"int64Max":     9.223372036854776e+18,
		"int64Min":     -9.223372036854776e+18,
		"twoTo64":      1.8446744073709552e+19,
		"unsafe":       9.007199254740992e+15,
		"maxSafe":      9007199254740991,
		"minSafe":      -9007199254740991,
		"huge":         1e+300,
		"negativeHuge": -1.7976931348623157e+308,
		"exp21":        1e+21,
		"belowExp21":   1e+20,
		"tenth":        0.1,
		"small":        0.00001,
		"tiny":         1.5e-7,
		"negativeZero": 0,
		"list": []interface{}{
			0,
			-1,
			2.5,
			1e+16,
			-1e-300,
		},
	}
	token.AddGrant(&playbackGrant)

	// This library signs with HS256 only, so the algorithm chosen on the page is not used.
	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
