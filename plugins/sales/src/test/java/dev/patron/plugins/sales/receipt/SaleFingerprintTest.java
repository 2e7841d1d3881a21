package dev.patron.plugins.sales.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaleFingerprintTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final SaleReader reader = new SaleReader("EUR");

  private static JsonObject body(Object quantity) {
    return new JsonObject()
        .put("receiptId", "T1-0042")
        .put("closedAt", "2026-11-21T09:58:00Z")
        .put("lines", new JsonArray().add(new JsonObject().put("productId", "TEA").put("name", "Tea")
            .put("quantity", quantity).put("unitPrice", new JsonObject().put("amount", 300)).put("taxRate", 10)))
        .put("total", new JsonObject().put("amount", 450).put("currency", "EUR"))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CASH")
            .put("amount", new JsonObject().put("amount", 450))));
  }

  @Test
  void theSameSaleWrittenDifferentlyHasTheSameFingerprint() {
    byte[] plain = SaleFingerprint.of(reader.read(body(1.5), NOW));
    JsonObject other = body(1.50).put("closedAt", "2026-11-21T10:58:00+01:00").put("customerId",
        "6f1c1a53-8d40-4c7e-9b9f-1b2f0c9b1a11");
    other.getJsonArray("lines").getJsonObject(0).put("amount", new JsonObject().put("amount", 450));
    assertArrayEquals(plain, SaleFingerprint.of(reader.read(other, NOW)),
        "offset, trailing zeros, the customer and a checked line amount do not count");
  }

  @Test
  void anotherFigureIsAnotherSale() {
    byte[] plain = SaleFingerprint.of(reader.read(body(1.5), NOW));
    assertFalse(MessageDigest.isEqual(plain, SaleFingerprint.of(reader.read(body(1.501), NOW))));
    assertFalse(MessageDigest.isEqual(plain, SaleFingerprint.of(reader.read(body(1.5).put("staff", "Eva"), NOW))));
  }
}
