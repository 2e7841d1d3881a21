package dev.patron.plugins.sales.history;

import dev.patron.kit.page.PageRequest;

/** {@code GET /customers/{id}/transactions}: a period, an optional location and a page. */
public record HistoryQuery(Period period, String location, PageRequest page) {
}
