import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.PlaybackGrant;
import java.nio.charset.StandardCharsets;
import java.util.Map;

public class TokenGenerator {
    public static void main(String[] args) throws Exception {
        Map<String, Object> playback = new ObjectMapper().readValue(
            "{\"beyondInt64\":1.2345678901234568e+29,\"int64Max\":9223372036854776000,\"int64Min\":-9223372036854776000,\"twoTo64\":18446744073709552000,\"unsafe\":9007199254740992,\"maxSafe\":9007199254740991,\"minSafe\":-9007199254740991,\"huge\":1e+300,\"negativeHuge\":-1.7976931348623157e+308,\"exp21\":1e+21,\"belowExp21\":100000000000000000000,\"tenth\":0.1,\"small\":0.00001,\"tiny\":1.5e-7,\"negativeZero\":0,\"list\":[0,-1,2.5,10000000000000000,-1e-300]}",
            new TypeReference<Map<String, Object>>() {});
        PlaybackGrant playbackGrant = new PlaybackGrant().setGrant(playback);

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("alice")
            .ttl(3600)
            .grant(playbackGrant)
            .build();

        // This library signs with HS256 only, so the algorithm chosen on the page is not used.
        System.out.println(token.toJwt());
    }
}
