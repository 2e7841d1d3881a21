package dev.patron.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing archiving a customer would do to a plugin's records, in an {@link ArchivePreview}.
 *
 * @param code a stable slug naming the kind of record, for clients that word it themselves (e.g.
 *     {@code gift-card-link}, {@code invoice})
 * @param count how many records, at least 1 (an effect on nothing is no effect: leave it out)
 * @param description the effect in a sentence a person can read in a confirmation dialog, e.g.
 *     "Unlinks the customer from 2 gift cards; the cards keep their balances."
 */
public record ArchiveEffect(String code, long count, String description) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  public ArchiveEffect {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("an archive effect's code is a lower-case slug such as invoice, not " + code);
    }
    if (count < 1) {
      throw new IllegalArgumentException("an archive effect is on at least one record, not " + count);
    }
    Objects.requireNonNull(description, "description");
  }
}
