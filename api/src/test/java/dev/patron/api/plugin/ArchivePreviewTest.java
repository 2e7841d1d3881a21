package dev.patron.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivePreviewTest {

  @Test
  void collectsEffectsAndLeavesOutEffectsOnNothing() {
    ArchivePreview preview = ArchivePreview.nothing()
        .deleting("billing-account", 1, "Removes the billing account.")
        .deleting("gift-card-link", 0, "Unlinks 0 cards.")
        .anonymising("invoice", 3, "3 invoices lose name and address.");
    assertEquals(List.of(new ArchiveEffect("billing-account", 1, "Removes the billing account.")), preview.deletes());
    assertEquals(List.of(new ArchiveEffect("invoice", 3, "3 invoices lose name and address.")), preview.anonymises());
    assertFalse(preview.isVetoed());
  }

  @Test
  void aVetoedArchiveDoesNothingElse() {
    Problem veto = Problem.of(409, "open-balance", "Open balance", "The customer owes 1.00 EUR.");
    ArchivePreview vetoed = ArchivePreview.vetoed(veto);
    assertTrue(vetoed.isVetoed());
    assertThrows(IllegalArgumentException.class, () -> vetoed.deleting("invoice", 1, "..."));
  }

  @Test
  void anEffectHasASlugAndCountsRecords() {
    assertThrows(IllegalArgumentException.class, () -> new ArchiveEffect("Gift cards", 1, "..."));
    assertThrows(IllegalArgumentException.class, () -> new ArchiveEffect("invoice", 0, "..."));
    assertThrows(NullPointerException.class, () -> new ArchiveEffect("invoice", 1, null));
  }
}
