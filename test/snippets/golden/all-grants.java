import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.ChatGrant;
import com.twilio.jwt.accesstoken.PlaybackGrant;
import com.twilio.jwt.accesstoken.SyncGrant;
import com.twilio.jwt.accesstoken.TaskRouterGrant;
import com.twilio.jwt.accesstoken.VideoGrant;
import com.twilio.jwt.accesstoken.VoiceGrant;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

public class TokenGenerator {
    public static void main(String[] args) throws Exception {
        VideoGrant videoGrant = new VideoGrant().setRoom("会議室 1");

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("To", "client:bob");
        params.put("it's", "a \"quote\" \\ $x #{y}");
        VoiceGrant voiceGrant = new VoiceGrant()
            .setIncomingAllow(true)
            .setOutgoingApplication("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", params)
            .setPushCredentialSid("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
            .setEndpointId("phone-1");

        ChatGrant chatGrant = new ChatGrant()
            .setServiceSid("IScccccccccccccccccccccccccccccccc")
            .setEndpointId("web:山田:1")
            .setDeploymentRoleSid("RLeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")
            .setPushCredentialSid("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

        SyncGrant syncGrant = new SyncGrant()
            .setServiceSid("ISdddddddddddddddddddddddddddddddd")
            .setEndpointId("sync-1");

        TaskRouterGrant taskRouterGrant = new TaskRouterGrant()
            .setWorkspaceSid("WSffffffffffffffffffffffffffffffff")
            .setWorkerSid("WK11111111111111111111111111111111")
            .setRole("worker");

        Map<String, Object> playback = new ObjectMapper().readValue(
            "{\"requestCredentials\":null,\"playbackUrl\":\"https://example.live.twilio.com/v1/us1/stream/index.m3u8\",\"playerStreamerSid\":\"VJ22222222222222222222222222222222\",\"expiresIn\":3600,\"lowLatency\":true,\"tags\":[\"live\",\"ライブ\"],\"meta\":{\"note\":\"tab\\there, it's \\\\ $fine #{ok}\"}}",
            new TypeReference<Map<String, Object>>() {});
        PlaybackGrant playbackGrant = new PlaybackGrant().setGrant(playback);

        // Reads your credentials from the environment, so the API Key Secret stays out of code.
        AccessToken token = new AccessToken.Builder(
                System.getenv("TWILIO_ACCOUNT_SID"),
                System.getenv("TWILIO_API_KEY"),
                System.getenv("TWILIO_API_SECRET").getBytes(StandardCharsets.UTF_8))
            .identity("山田 \"Taro\" \\ $HOME #{x}")
            .ttl(14400)
            .nbf(new Date(1767225600L * 1000))
            .region("ie1")
            .grant(videoGrant)
            .grant(voiceGrant)
            .grant(chatGrant)
            .grant(syncGrant)
            .grant(taskRouterGrant)
            .grant(playbackGrant)
            .build();

        System.out.println(token.toJwt());
    }
}
