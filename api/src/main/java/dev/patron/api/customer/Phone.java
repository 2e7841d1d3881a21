package dev.patron.api.customer;

/**
 * A phone number as the client gave it, plus its E.164 form ({@code +436601234567}) when the
 * number could be parsed, otherwise {@code null}.
 */
public record Phone(String number, String e164) {

  /** A phone, or {@code null} when there is no number. */
  public static Phone ofNullable(String number, String e164) {
    return number == null ? null : new Phone(number, e164);
  }
}
