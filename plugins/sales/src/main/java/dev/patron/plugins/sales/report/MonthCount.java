package dev.patron.plugins.sales.report;

import java.time.YearMonth;

/**
 * Customers with a visit in a month: new ones (their first visit ever was in that month) and
 * returning ones (they had come before).
 */
public record MonthCount(YearMonth month, long newCustomers, long returningCustomers) {
}
