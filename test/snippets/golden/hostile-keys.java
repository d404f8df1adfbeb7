import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.PlaybackGrant;
import com.twilio.jwt.accesstoken.VoiceGrant;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

public class TokenGenerator {
    public static void main(String[] args) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("__proto__", "proto");
        params.put("constructor", "ctor");
        params.put("prototype", "p");
        params.put("toString", "s");
        params.put("valueOf", "v");
        params.put("hasOwnProperty", "h");
        params.put("$type", "t");
        params.put("#{x}", "${y}");
        params.put("tab\tkey", "tab\tvalue");
        VoiceGrant voiceGrant = new VoiceGrant()
            .setIncomingAllow(false)
            .setOutgoingApplication("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", params);

        Map<String, Object> playback = new ObjectMapper().readValue(
            "{\"__proto__\":{\"polluted\":true},\"requestCredentials\":null,\"constructor\":{\"prototype\":{\"toString\":\"x\"}},\"toString\":\"shadowed\",\"$ref\":\"#/nope\",\"list\":{\"0\":\"zero\",\"1\":\"one\"},\"notList\":{\"1\":\"one\",\"2\":\"two\"},\"deep\":[{\"0\":[]},{},[[]]]}",
            new TypeReference<Map<String, Object>>() {});
        PlaybackGrant playbackGrant = new PlaybackGrant().setGrant(playback);

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("__proto__")
            .ttl(3600)
            .grant(voiceGrant)
            .grant(playbackGrant)
            .build();

        System.out.println(token.toJwt());
    }
}
