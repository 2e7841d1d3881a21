package dev.patron.plugins.webhooks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {

  @Test
  void takesAnHttpsUrlApart() {
    EndpointUrl url = EndpointUrl.parse("https://Hooks.Example.com:8443/patron/in?tenant=7", false).url().orElseThrow();
    assertTrue(url.https());
    assertEquals("hooks.example.com", url.host());
    assertEquals(8443, url.port());
    assertEquals("/patron/in?tenant=7", url.pathAndQuery());
    assertEquals(443, EndpointUrl.parse("https://example.com", false).url().orElseThrow().port());
    assertEquals("/", EndpointUrl.parse("https://example.com", false).url().orElseThrow().pathAndQuery());
    assertEquals("::1", EndpointUrl.parse("https://[::1]:9/x", false).url().orElseThrow().host());
  }

  @Test
  void refusesWhatAnEndpointMayNotBe() {
    for (String bad : List.of("http://example.com/x", "ftp://example.com/x", "https://user:pw@example.com/x",
        "https://example.com/x#frag", "https:///x", "not a url", "https://" + "a".repeat(2000) + ".com")) {
      assertFalse(EndpointUrl.parse(bad, false).url().isPresent(), bad);
    }
    assertTrue(EndpointUrl.parse("http://example.com/x", true).url().isPresent());
  }

  @Test
  void eventTypesAreExactTypesPrefixesOrEverything() {
    for (String good : List.of("*", "customer.*", "customer.created", "gift-cards.activity.recorded", "gift-cards.*")) {
      assertEquals(null, EventTypeFilter.problemWith(good), good);
    }
    for (String bad : List.of("", "customer", "Customer.created", "customer.*.x", "*.created", "customer..x", "customer.")) {
      assertTrue(EventTypeFilter.problemWith(bad) != null, bad);
    }
    assertTrue(EventTypeFilter.matches(List.of("customer.*"), "customer.updated"));
    assertFalse(EventTypeFilter.matches(List.of("customer.*"), "customers.updated"));
    assertTrue(EventTypeFilter.matches(List.of("gift-cards.activity.recorded", "*"), "sales.transaction.recorded"));
    assertFalse(EventTypeFilter.matches(List.of("customer.created"), "customer.updated"));
  }
}
