package dev.patron.plugins.giftcards;

import dev.patron.kit.page.Page;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The card use cases: issue, find, list, link customers, report. Writes run in one transaction
 * (the caller's where it is an idempotent one); reads use the pipelined client.
 */
final class CardService {

  /** Linked customers are a short list: a card is shared within a family or a team, not a crowd. */
  static final int MAX_CUSTOMERS_PER_CARD = 10;
  /** A clash of two random 15-digit codes is rare; five in a row means something is broken. */
  private static final int CODE_ATTEMPTS = 5;

  private final PluginContext context;
  private final RestaurantClock clock;
  private final SecureRandom random = new SecureRandom();
  private final CardRepository cards = new CardRepository();
  private final ActivityRepository activities = new ActivityRepository();
  private final ActivityEvents events;

  CardService(PluginContext context, RestaurantClock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new ActivityEvents(context);
  }

  /** A card just created, with its full code: shown to its creator this once, never again. */
  record Created(Card card, String code) {
  }

  /**
   * Issues a card: PENDING, or ACTIVE with its ACTIVATE activity when an initial amount is given;
   * linked to a customer when one is named.
   */
  Future<Created> create(SqlConnection tx, Tenant tenant, NewCard draft) {
    Future<Void> customerChecked = draft.customerId() == null
        ? Future.succeededFuture()
        : cards.lockCustomer(tx, tenant.id(), draft.customerId())
            .compose(v -> context.customers().find(tx, tenant, draft.customerId()))
            .map(customer -> {
              if (customer == null) {
                throw Problems.invalidField("customerId", "no customer of this restaurant has this id");
              }
              return null;
            });
    return customerChecked.compose(v -> insert(tx, tenant, draft, 1)).compose(created -> {
      Card card = created.card();
      Activity activation = new Activity(UUID.randomUUID(), card.id(), card.version(), ActivityType.ACTIVATE,
          card.balance(), card.balance(), card.currency(), null, null, card.createdAt());
      Future<Void> activated = draft.initialAmount() == null
          ? Future.succeededFuture()
          : activities.insert(tx, tenant.id(), activation)
              .compose(v -> events.recorded(tx, tenant, activation, card.state()));
      return activated
          .compose(v -> draft.customerId() == null
              ? Future.succeededFuture()
              : cards.link(tx, tenant.id(), card.id(), draft.customerId(), card.createdAt()))
          .map(created);
    });
  }

  private Future<Created> insert(SqlConnection tx, Tenant tenant, NewCard draft, int attempt) {
    String code = draft.code() != null ? draft.code() : GiftCardCode.generate(random);
    Instant now = clock.now();
    boolean activate = draft.initialAmount() != null;
    Card card = new Card(UUID.randomUUID(), GiftCardCode.mask(code), draft.type(),
        activate ? CardState.ACTIVE : CardState.PENDING, activate ? draft.initialAmount() : 0, tenant.currency(),
        draft.expiresOn(), draft.customerId() == null ? List.of() : List.of(draft.customerId()), 1, now, now);
    return cards.insert(tx, tenant.id(), card, GiftCardCode.hash(tenant.id(), code)).compose(inserted -> {
      if (inserted) {
        return Future.succeededFuture(new Created(card, code));
      }
      if (draft.code() != null) {
        throw codeTaken();
      }
      if (attempt >= CODE_ATTEMPTS) {
        throw new IllegalStateException(CODE_ATTEMPTS + " generated gift card codes in a row were taken");
      }
      return insert(tx, tenant, draft, attempt + 1);
    });
  }

  Future<Card> get(Tenant tenant, UUID id) {
    return cards.find(context.client(), tenant.id(), id).map(card -> orNotFound(card, id));
  }

  /**
   * The card with this code. A miss on a code of the generated shape whose check digit is wrong is
   * a typo (400), told apart from a code that is simply unknown (404); the look-up comes first, so
   * an imported 16-digit code without a Luhn digit is still found.
   */
  Future<Card> lookup(Tenant tenant, String code) {
    return cards.findByCode(context.client(), tenant.id(), GiftCardCode.hash(tenant.id(), code)).map(card -> {
      if (card != null) {
        return card;
      }
      if (GiftCardCode.hasWrongCheckDigit(code)) {
        throw Problems.invalidField("code", "looks like a typo: its check digit does not match; check the digits");
      }
      throw Problems.notFound("No gift card has this code.");
    });
  }

  Future<Page<Card>> list(Tenant tenant, CardListQuery query) {
    return cards.list(context.client(), tenant.id(), query);
  }

  /** Links a customer of the restaurant to a card; linking a linked customer changes nothing. */
  Future<Card> link(Tenant tenant, UUID cardId, UUID customerId, Long expectedVersion) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> cards.lockCustomer(tx, tenantId, customerId)
        .compose(v -> cards.findForUpdate(tx, tenantId, cardId))
        .compose(card -> {
          checkVersion(orNotFound(card, cardId), expectedVersion);
          return context.customers().find(tx, tenant, customerId).compose(customer -> {
            if (customer == null) {
              throw Problems.notFound("No customer with id " + customerId + ".");
            }
            if (card.customerIds().contains(customerId)) {
              return Future.succeededFuture(card);
            }
            if (card.customerIds().size() >= MAX_CUSTOMERS_PER_CARD) {
              throw Problems.unprocessable("too-many-customers",
                  "A card can be linked to at most " + MAX_CUSTOMERS_PER_CARD + " customers; unlink one first.");
            }
            Instant now = clock.now();
            return cards.link(tx, tenantId, cardId, customerId, now)
                .compose(linked -> cards.touch(tx, tenantId, cardId, now))
                .compose(touched -> cards.find(tx, tenantId, cardId));
          });
        }));
  }

  /** Unlinks a customer from a card; the card and its money stay as they are. */
  Future<Card> unlink(Tenant tenant, UUID cardId, UUID customerId, Long expectedVersion) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> cards.findForUpdate(tx, tenantId, cardId).compose(card -> {
      checkVersion(orNotFound(card, cardId), expectedVersion);
      return cards.unlink(tx, tenantId, cardId, customerId).compose(unlinked -> {
        if (!unlinked) {
          throw Problems.notFound("Customer " + customerId + " is not linked to this card.");
        }
        return cards.touch(tx, tenantId, cardId, clock.now()).compose(v -> cards.find(tx, tenantId, cardId));
      });
    }));
  }

  Future<LiabilityReport> liability(Tenant tenant) {
    return cards.liability(context.client(), tenant.id()).map(lines -> new LiabilityReport(tenant.currency(), lines));
  }

  static Card orNotFound(Card card, UUID id) {
    if (card == null) {
      throw Problems.notFound("No gift card with id " + id + ".");
    }
    return card;
  }

  private static void checkVersion(Card card, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != card.version()) {
      throw Problems.preconditionFailed("The card is at version " + card.version() + ", not " + expectedVersion
          + "; read it again and reapply your change.");
    }
  }

  /** 409 naming the clash, without a word about the card that has the code. */
  private static ProblemException codeTaken() {
    return new Problem(409, "code-taken", "Conflict", "Another gift card of this restaurant already has this code.",
        List.of(new FieldError("code", "is already used by another gift card")), Map.of()).toException();
  }
}
