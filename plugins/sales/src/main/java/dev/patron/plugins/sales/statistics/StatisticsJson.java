package dev.patron.plugins.sales.statistics;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The statistics as clients see them, on their route and in the customer overview. */
public final class StatisticsJson {

  private StatisticsJson() {
  }

  public static JsonObject of(CustomerStatistics s, String currency) {
    return new JsonObject()
        .put("customerId", s.customerId().toString())
        .put("visits", s.visits())
        .put("totalSpend", Money.toJson(s.spend(), currency))
        .put("totalRefunds", Money.toJson(s.refunds(), currency))
        .put("netSpend", Money.toJson(s.netSpend(), currency))
        .put("averageTicket", s.visits() == 0 ? null : Money.toJson(averageTicket(s), currency))
        .put("totalTips", Money.toJson(s.tips(), currency))
        .put("firstVisitAt", s.firstVisitAt() == null ? null : s.firstVisitAt().toString())
        .put("lastVisitAt", s.lastVisitAt() == null ? null : s.lastVisitAt().toString())
        .put("spendLast30Days", Money.toJson(s.spendLast30Days(), currency))
        .put("spendLast90Days", Money.toJson(s.spendLast90Days(), currency))
        .put("spendLast365Days", Money.toJson(s.spendLast365Days(), currency))
        .put("favouriteOrderProfileId", s.favouriteOrderProfileId() == null ? null : s.favouriteOrderProfileId().toString())
        .put("favouriteLocation", s.favouriteLocation())
        .put("asOf", s.asOf().toString());
  }

  /** Net spend per visit, rounded half up to a minor unit. */
  static long averageTicket(CustomerStatistics s) {
    return BigDecimal.valueOf(s.netSpend()).divide(BigDecimal.valueOf(s.visits()), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
