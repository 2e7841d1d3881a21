package dev.patron.plugins.sales.receipt;

import java.math.BigDecimal;

/** The tax of one rate on a receipt: {@code rate} in percent (e.g. {@code 20} or {@code 7.7}), amount in minor units. */
public record TaxAmount(BigDecimal rate, long amount) {
}
