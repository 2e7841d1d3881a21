package dev.patron.plugins.giftcards;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the bodies of the plugin's requests, reporting every invalid field at once (400). */
final class CardRequests {

  static final int REASON_MAX = 500;

  private CardRequests() {
  }

  /**
   * {@code {type, code?, initialAmount?, expiresOn?, customerId?}}. Without {@code expiresOn} the
   * restaurant's default applies; {@code "expiresOn": null} means the card never expires.
   */
  static NewCard newCard(JsonObject body, Tenant tenant, GiftCardSettings settings, LocalDate today) {
    JsonInput in = JsonInput.of(body);
    CardType type = in.enumValue("type", CardType.class);
    if (body.getValue("type") == null) {
      in.error("type", "is required: PHYSICAL or DIGITAL");
    } else if (type != null && !settings.allowedTypes().contains(type)) {
      in.error("type", "this restaurant does not sell " + type + " cards; it sells "
          + settings.allowedTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }
    String code = importedCode(in, type);
    Money initial = MoneyInput.read(in, "initialAmount", tenant.currency(), 1, settings.maxBalance());
    LocalDate expiresOn = expiresOn(in, settings, today, code != null);
    UUID customerId = in.uuid("customerId");
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new NewCard(type, code, initial == null ? null : initial.amount(), expiresOn, customerId);
  }

  private static String importedCode(JsonInput in, CardType type) {
    String raw = in.string("code", GiftCardCode.MAX_INPUT_LENGTH);
    if (raw == null) {
      return null;
    }
    if (type == CardType.DIGITAL) {
      in.error("code", "only imported PHYSICAL cards bring their own code; DIGITAL cards get a generated one");
      return null;
    }
    String code = GiftCardCode.normalize(raw);
    if (!GiftCardCode.isWellFormed(code)) {
      in.error("code", wellFormedMessage());
      return null;
    }
    return code;
  }

  /**
   * An imported card keeps the expiry it had, even a past one; a new card starts valid. The SDK's
   * {@code date} takes years 2000 to 2099 only, which bounds typos such as 20227 either way.
   */
  private static LocalDate expiresOn(JsonInput in, GiftCardSettings settings, LocalDate today, boolean imported) {
    boolean given = in.has("expiresOn");
    LocalDate expiresOn = in.date("expiresOn");
    if (!given) {
      Integer months = settings.defaultExpiryMonths();
      return months == null ? null : today.plusMonths(months);
    }
    if (expiresOn != null && !imported && expiresOn.isBefore(today)) {
      in.error("expiresOn", "must not be in the past (today is " + today + " in the restaurant's time zone)");
    }
    return expiresOn;
  }

  /** {@code {type, amount?, reason?, reversesActivityId?}}: which fields a type needs is checked here. */
  static ActivityRequest activity(JsonObject body, String currency) {
    JsonInput in = JsonInput.of(body);
    ActivityType type = in.enumValue("type", ActivityType.class);
    if (body.getValue("type") == null) {
      in.error("type", "is required");
    }
    Money amount = MoneyInput.read(in, "amount", currency, 1, GiftCardSettings.MAX_MAX_BALANCE);
    String reason = type != null && type.needsReason()
        ? in.requiredString("reason", REASON_MAX)
        : in.string("reason", REASON_MAX);
    UUID reverses = in.uuid("reversesActivityId");
    if (type != null) {
      boolean amountGiven = body.getValue("amount") != null;
      if (type.takesAmount() && !amountGiven) {
        in.error("amount", "is required for " + type);
      } else if (!type.takesAmount() && amountGiven) {
        in.error("amount", type == ActivityType.REVERSE
            ? "must be left out: a REVERSE gives back exactly what the redeem took"
            : "must be left out for " + type);
      }
      boolean reversesGiven = body.getValue("reversesActivityId") != null;
      if (type == ActivityType.REVERSE && !reversesGiven) {
        in.error("reversesActivityId", "is required for REVERSE: the id of the REDEEM to undo");
      } else if (type != ActivityType.REVERSE && reversesGiven) {
        in.error("reversesActivityId", "is only for REVERSE");
      }
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new ActivityRequest(type, amount == null ? null : amount.amount(), reason, reverses);
  }

  /** {@code {code}}: the normalised code to look up. */
  static String lookupCode(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    String raw = in.requiredString("code", GiftCardCode.MAX_INPUT_LENGTH);
    in.rejectUnknownFields();
    String code = raw == null ? null : GiftCardCode.normalize(raw);
    if (code != null && !GiftCardCode.isWellFormed(code)) {
      in.error("code", wellFormedMessage());
    }
    in.throwIfInvalid();
    return code;
  }

  private static String wellFormedMessage() {
    return "must be " + GiftCardCode.MIN_LENGTH + " to " + GiftCardCode.MAX_LENGTH
        + " letters or digits (spaces and dashes are ignored)";
  }
}
