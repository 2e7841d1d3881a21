package dev.patron.server.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSecretBoxTest {

  private final HostSecretKey key = HostSecretKey.of("a host secret key of thirty-two characters or more");

  @Test
  void sealsSoOnlyTheSamePluginUnderTheSameKeyOpens() {
    PluginSecretBox webhooks = key.boxFor("webhooks");
    String sealed = webhooks.seal("whsec_abc");
    assertTrue(sealed.startsWith("v1.") && !sealed.contains("whsec_abc"), sealed);
    assertNotEquals(sealed, webhooks.seal("whsec_abc"), "a fresh nonce each time");
    assertEquals("whsec_abc", webhooks.open(sealed));
    assertThrows(IllegalArgumentException.class, () -> key.boxFor("sales").open(sealed));
    assertThrows(IllegalArgumentException.class,
        () -> HostSecretKey.of("another host secret key of thirty-two characters").boxFor("webhooks").open(sealed));
    String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
    assertThrows(IllegalArgumentException.class, () -> webhooks.open(altered));
    assertThrows(IllegalArgumentException.class, () -> webhooks.open("plain"));
  }

  @Test
  void aGeneratedKeyIsKeptInTheDataDirectoryAndReadAgain(@TempDir Path dataDir) throws Exception {
    String sealed = HostSecretKey.resolve(null, dataDir).boxFor("webhooks").seal("s");
    assertTrue(Files.exists(dataDir.resolve(HostSecretKey.FILE)));
    assertEquals("s", HostSecretKey.resolve(null, dataDir).boxFor("webhooks").open(sealed));
  }
}
