import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VideoGrant;
import java.nio.charset.StandardCharsets;

public class TokenGenerator {
    public static void main(String[] args) {
        VideoGrant videoGrant = new VideoGrant();

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("alice")
            .ttl(600)
            .grant(videoGrant)
            .build();

        // This library signs with HS256 only, so the algorithm chosen on the page is not used.
        System.out.println(token.toJwt());
    }
}
