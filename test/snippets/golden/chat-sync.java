import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.ChatGrant;
import com.twilio.jwt.accesstoken.SyncGrant;
import java.nio.charset.StandardCharsets;

public class TokenGenerator {
    public static void main(String[] args) {
        ChatGrant chatGrant = new ChatGrant()
            .setServiceSid("IScccccccccccccccccccccccccccccccc")
            .setEndpointId("web:user@example.com:tab-1");

        SyncGrant syncGrant = new SyncGrant().setServiceSid("ISdddddddddddddddddddddddddddddddd");

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("user@example.com")
            .ttl(7200)
            .grant(chatGrant)
            .grant(syncGrant)
            .build();

        System.out.println(token.toJwt());
    }
}
