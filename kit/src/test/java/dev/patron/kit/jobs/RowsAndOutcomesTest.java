package dev.patron.kit.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsAndOutcomesTest {

  @Test
  void anOutcomeIsALabelOrErrorsNeverBoth() {
    assertTrue(RowOutcome.rejected("total", "must be 5.00").isRejected());
    assertEquals("recorded", RowOutcome.counted("recorded").label());
    assertThrows(IllegalArgumentException.class, () -> new RowOutcome("recorded", List.of(new FieldError("a", "b"))));
    assertThrows(IllegalArgumentException.class, () -> new RowOutcome(null, List.of()));
  }

  @Test
  void anUnreadableRowCarriesItsErrors() {
    assertThrows(IllegalArgumentException.class, () -> SourceRow.unreadable(1, "x", List.of()));
    assertTrue(SourceRow.parsed(1, "{}", "parsed").readable());
  }

  @Test
  void aProblemRejectsTheRowWithItsFieldErrorsOrItsDetail() {
    assertEquals(List.of(new FieldError("total", "must be 5.00")),
        RowFailures.rowErrors(Problems.invalidField("total", "must be 5.00")));
    assertEquals(List.of(new FieldError("row", "Receipt taken")),
        RowFailures.rowErrors(Problem.of(409, "taken", "Conflict", "Receipt taken").toException()));
  }

  @Test
  void anythingElseIsNotTheRowsFault() {
    assertNull(RowFailures.rowErrors(new IllegalStateException("connection closed")));
  }
}
