package dev.patron.plugins.webhooks.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.webhooks.WebhookSettings;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "93.184.216.34, PUBLIC", "8.8.8.8, PUBLIC", "2606:4700::1111, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC",
      "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
      "10.0.0.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.1, PRIVATE",
      "100.64.0.1, PRIVATE", "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "::ffff:10.0.0.1, PRIVATE",
      "64:ff9b::10.0.0.1, PRIVATE", "2002:0a00:0001::1, PRIVATE",
      "169.254.0.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
      "169.254.169.254, METADATA", "fd00:ec2::254, METADATA", "100.100.100.200, METADATA", "168.63.129.16, METADATA",
      "::ffff:169.254.169.254, METADATA",
      "0.0.0.0, RESERVED", "::, RESERVED", "224.0.0.1, RESERVED", "255.255.255.255, RESERVED", "240.0.0.1, RESERVED",
      "192.0.2.1, RESERVED", "198.18.0.1, RESERVED", "203.0.113.9, RESERVED", "ff02::1, RESERVED", "2001:db8::1, RESERVED",
  })
  void classifiesEachAddress(String literal, AddressClass expected) {
    assertEquals(expected, AddressClass.ofLiteral(literal));
  }

  @Test
  void everyAddressANameResolvesToMustBeAllowed() throws Exception {
    AddressGuard guard = new AddressGuard(WebhookSettings.from(Map.of()), null);
    InetAddress good = InetAddress.getByName("93.184.216.34");
    InetAddress bad = InetAddress.getByName("10.0.0.7");
    assertEquals(good, guard.allowedAddress("hooks.example.com", List.of(good)));
    AddressGuard.Refused refused = assertThrows(AddressGuard.Refused.class,
        () -> guard.allowedAddress("rebind.example.com", List.of(good, bad)));
    assertTrue(refused.getMessage().contains("10.0.0.7, a private network address"), refused.getMessage());
  }

  @Test
  void theHostMayAllowLoopbackAndPrivateButNeverMetadataOrLinkLocal() {
    AddressGuard open = new AddressGuard(WebhookSettings.from(Map.of("ALLOW_LOOPBACK", "true", "ALLOW_PRIVATE", "true")), null);
    assertTrue(open.allows(AddressClass.LOOPBACK));
    assertTrue(open.allows(AddressClass.PRIVATE));
    assertTrue(!open.allows(AddressClass.METADATA) && !open.allows(AddressClass.LINK_LOCAL) && !open.allows(AddressClass.RESERVED));
    AddressGuard closed = new AddressGuard(WebhookSettings.from(Map.of()), null);
    assertTrue(!closed.allows(AddressClass.LOOPBACK) && !closed.allows(AddressClass.PRIVATE));
  }
}
