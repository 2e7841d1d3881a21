package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a server that keeps the default guard (only plain http allowed, for the test), no endpoint
 * may point at loopback, private, link-local, metadata or reserved addresses: not as a literal,
 * not through a name that resolves there. Nothing reaches the receiver on loopback.
 */
class SsrfIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("webhooks", new JsonObject())
      .setting("PATRON_PLUGIN_WEBHOOKS_ALLOW_HTTP", "true")
      .build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource({
      "http://127.0.0.1:{port}/hook, a loopback address",
      "http://127.9.9.9/hook, a loopback address",
      "http://[::1]:{port}/hook, a loopback address",
      "http://[::ffff:127.0.0.1]:{port}/hook, a loopback address",
      "http://localhost:{port}/hook, a loopback address",
      "http://10.1.2.3/hook, a private network address",
      "http://172.16.0.1/hook, a private network address",
      "http://192.168.1.10/hook, a private network address",
      "http://100.64.0.1/hook, a private network address",
      "http://[fd12:3456::1]/hook, a private network address",
      "http://169.254.10.10/hook, a link-local address",
      "http://[fe80::1]/hook, a link-local address",
      "http://169.254.169.254/latest/meta-data/, a cloud metadata address",
      "http://[fd00:ec2::254]/latest/meta-data/, a cloud metadata address",
      "http://0.0.0.0:{port}/hook, a reserved address",
      "http://224.0.0.1/hook, a reserved address",
  })
  void anEndpointAtANonPublicAddressIsRefused(String url, String kind) {
    WebhookApi api = new WebhookApi(patron.newTenant());
    Response refused = api.client().post(WebhookApi.BASE + "/endpoints", new JsonObject()
        .put("url", url.replace("{port}", String.valueOf(receiver.port())))
        .put("eventTypes", new JsonArray(List.of("*")))).expect(400);
    List<String> errors = refused.fieldErrors();
    assertEquals(1, errors.size(), refused.body());
    assertTrue(errors.get(0).startsWith("url: ") && errors.get(0).contains(kind), errors.get(0));
  }

  @Test
  void aRefusedNameSaysWhereItResolvedAndHowTheHostMayAllowIt() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String error = api.client().post(WebhookApi.BASE + "/endpoints", new JsonObject()
        .put("url", "http://localhost:" + receiver.port() + "/hook")
        .put("eventTypes", new JsonArray(List.of("*")))).expect(400).fieldErrors().get(0);
    assertTrue(error.contains("localhost resolves to 127.0.0.1") || error.contains("localhost resolves to 0:0:0:0:0:0:0:1"),
        error);
    assertTrue(error.contains("PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK"), error);
    api.customer("No", "Leak");
    assertEquals(List.of(), receiver.at("/hook"));
  }

  @Test
  void aChangeToANonPublicAddressIsRefusedToo() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String id = api.register("https://hooks.example.com/patron", "*").getString("id");
    api.client().patch(WebhookApi.BASE + "/endpoints/" + id, new JsonObject().put("url", "http://10.0.0.8/x")).expect(400);
    assertEquals("https://hooks.example.com/patron", api.endpoint(id).getString("url"));
  }
}
