package dev.patron.plugins.invoicing.reminder;

/** The dunning levels, in order: a friendly first reminder, a second, and the final one before collection. */
public enum ReminderLevel {
  FIRST,
  SECOND,
  FINAL;

  /** 1, 2 or 3, as stored. */
  public int number() {
    return ordinal() + 1;
  }

  public static ReminderLevel of(int number) {
    return values()[number - 1];
  }
}
