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
		Identity:      "__proto__",
		Ttl:           3600,
	})
	token.AddGrant(&jwt.VoiceGrant{
		Outgoing: jwt.Outgoing{
			ApplicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			ApplicationParams: map[string]interface{}{
				"__proto__":      "proto",
				"constructor":    "ctor",
				"prototype":      "p",
				"toString":       "s",
				"valueOf":        "v",
				"hasOwnProperty": "h",
				"$type":          "t",
				"#{x}":           "${y}",
				"tab\tkey":       "tab\tvalue",
			},
		},
	})
	playbackGrant := jwt.PlaybackGrant{
		"__proto__": map[string]interface{}{
			"polluted": true,
		},
		"requestCredentials": nil,
		"constructor": map[string]interface{}{
			"prototype": map[string]interface{}{
				"toString": "x",
			},
		},
		"toString": "shadowed",
		"$ref":     "#/nope",
		"list": map[string]interface{}{
			"0": "zero",
			"1": "one",
		},
		"notList": map[string]interface{}{
			"1": "one",
			"2": "two",
		},
		"deep": []interface{}{
			map[string]interface{}{
				"0": []interface{}{},
			},
			map[string]interface{}{},
			[]interface{}{
				[]interface{}{},
			},
		},
	}
	token.AddGrant(&playbackGrant)

	signed, err := token.ToJwt()
	if err != nil {
		panic(err)
	}
	fmt.Println(signed)
}
