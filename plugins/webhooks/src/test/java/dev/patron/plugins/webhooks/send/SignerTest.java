package dev.patron.plugins.webhooks.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.standardwebhooks.Webhook;
import dev.patron.plugins.webhooks.endpoint.SigningSecret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature is the one the Standard Webhooks reference library computes. */
class SignerTest {

  @Test
  void signsAsTheReferenceLibrary() throws Exception {
    String secret = SigningSecret.generate();
    String id = "3f1c7a1e-0000-4000-8000-000000000001";
    long timestamp = 1_764_633_600L;
    String body = "{\"type\":\"customer.created\",\"data\":{\"firstName\":\"Zoë\"}}";
    assertEquals(new Webhook(secret).sign(id, timestamp, body), Signer.signatures(id, timestamp, body, List.of(secret)));
  }

  @Test
  void theSpecificationsExampleSignature() {
    // From the Standard Webhooks specification's test vectors.
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    String header = Signer.signatures("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
        "{\"test\": 2432232314}", List.of(secret));
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", header);
  }

  @Test
  void twoSecretsGiveTwoSignaturesSeparatedBySpace() {
    String header = Signer.signatures("id", 1, "{}", List.of(SigningSecret.generate(), SigningSecret.generate()));
    assertEquals(2, header.split(" ").length);
  }
}
