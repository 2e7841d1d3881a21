package dev.patron.api.plugin;

import dev.patron.api.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What archiving a customer would do to one plugin's records right now, answered by {@link
 * CustomerHook#previewArchive}: what it would delete, what it would anonymise (records that must
 * stay, without the personal data), or the veto it would raise instead.
 *
 * <pre>{@code
 * return ArchivePreview.nothing()
 *     .deleting("billing-account", 1, "Removes the billing account.")
 *     .anonymising("invoice", 3, "3 invoices keep their numbers and amounts, and lose name and address.");
 * }</pre>
 *
 * @param veto the problem the archive would fail with, or {@code null}; a vetoed archive deletes
 *     and anonymises nothing, so both lists are then empty
 */
public record ArchivePreview(List<ArchiveEffect> deletes, List<ArchiveEffect> anonymises, Problem veto) {

  public ArchivePreview {
    deletes = deletes == null ? List.of() : List.copyOf(deletes);
    anonymises = anonymises == null ? List.of() : List.copyOf(anonymises);
    if (veto != null && !(deletes.isEmpty() && anonymises.isEmpty())) {
      throw new IllegalArgumentException("a vetoed archive deletes and anonymises nothing");
    }
  }

  /** Archiving would change nothing of this plugin's; add effects with the methods below. */
  public static ArchivePreview nothing() {
    return new ArchivePreview(List.of(), List.of(), null);
  }

  /** Archiving would fail with {@code veto}, exactly as {@link CustomerHook#beforeArchive} would. */
  public static ArchivePreview vetoed(Problem veto) {
    return new ArchivePreview(List.of(), List.of(), Objects.requireNonNull(veto, "veto"));
  }

  /** A copy that also deletes {@code count} records; unchanged when {@code count} is 0. */
  public ArchivePreview deleting(String code, long count, String description) {
    return count == 0 ? this : new ArchivePreview(plus(deletes, new ArchiveEffect(code, count, description)), anonymises, veto);
  }

  /** A copy that also anonymises {@code count} records; unchanged when {@code count} is 0. */
  public ArchivePreview anonymising(String code, long count, String description) {
    return count == 0 ? this : new ArchivePreview(deletes, plus(anonymises, new ArchiveEffect(code, count, description)), veto);
  }

  public boolean isVetoed() {
    return veto != null;
  }

  private static List<ArchiveEffect> plus(List<ArchiveEffect> effects, ArchiveEffect effect) {
    List<ArchiveEffect> copy = new ArrayList<>(effects);
    copy.add(effect);
    return copy;
  }
}
