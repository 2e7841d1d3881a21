package dev.patron.plugins.discounts;

/** Whether a discount can be applied at a given moment, and if not, why. */
public enum Applicability {
  APPLICABLE,
  INACTIVE,
  NOT_YET_VALID,
  EXPIRED
}
