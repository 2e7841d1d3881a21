package dev.patron.plugins.sales.history;

import dev.patron.plugins.sales.transaction.Transaction;

/** A receipt as a history list shows it: its own row (no lines, no refunds) and how many lines it has. */
public record HistoryEntry(Transaction transaction, int lineCount) {
}
