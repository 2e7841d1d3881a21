package dev.patron.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EventPositionTest {

  @Test
  void roundTripsAndOrdersByTransactionThenSequence() {
    EventPosition position = EventPosition.parse("745-12", "after");
    assertEquals(new EventPosition(745, 12), position);
    assertEquals("745-12", position.toString());
    assertTrue(new EventPosition(745, 99).compareTo(new EventPosition(746, 1)) < 0);
  }

  @Test
  void rejectsAnythingElseWith400() {
    for (String bad : new String[] {"", "12", "a-b", "1-2-3", "99999999999999999999-1"}) {
      assertEquals(400, assertThrows(ProblemException.class, () -> EventPosition.parse(bad, "after")).problem().status());
    }
  }
}
