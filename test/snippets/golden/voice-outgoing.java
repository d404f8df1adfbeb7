import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

public class TokenGenerator {
    public static void main(String[] args) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("To", "+15558675310");
        params.put("mode", "conference");
        VoiceGrant voiceGrant = new VoiceGrant()
            .setIncomingAllow(true)
            .setOutgoingApplication("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", params);

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("agent-42")
            .ttl(3600)
            .grant(voiceGrant)
            .build();

        System.out.println(token.toJwt());
    }
}
