import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.SyncGrant;
import com.twilio.jwt.accesstoken.VideoGrant;
import com.twilio.jwt.accesstoken.VoiceGrant;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

public class TokenGenerator {
    public static void main(String[] args) {
        VideoGrant videoGrant = new VideoGrant().setRoom("YOUR_ROOM");

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("To", "client:bob");
        VoiceGrant voiceGrant = new VoiceGrant()
            .setIncomingAllow(false)
            .setOutgoingApplication("YOUR_OUTGOING_APPLICATION_SID", params);

        SyncGrant syncGrant = new SyncGrant().setServiceSid("YOUR_SERVICE_SID");

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("YOUR_IDENTITY")
            .ttl(14400)
            .grant(videoGrant)
            .grant(voiceGrant)
            .grant(syncGrant)
            .build();

        System.out.println(token.toJwt());
    }
}
