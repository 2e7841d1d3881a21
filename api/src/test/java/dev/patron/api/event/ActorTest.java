package dev.patron.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void encodesAndDecodesEveryKind() {
    for (Actor actor : new Actor[] {Actor.staff("7f0c4a52-0b8e-4a3e-9d3c-2f1d7f1c9a10"),
        Actor.apiKey("d1b1c5c0-1111-4e7e-8a38-0c6a9b1b1c11"), Actor.plugin("gift-cards"), Actor.ADMIN}) {
      assertEquals(actor, Actor.decode(actor.encode()));
    }
    assertEquals("admin", Actor.ADMIN.encode());
    assertEquals("plugin:gift-cards", Actor.plugin("gift-cards").encode());
    assertNull(Actor.decode(null));
  }

  @Test
  void onlyTheAdminHasNoId() {
    assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.Kind.STAFF, null));
    assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.Kind.ADMIN, "x"));
    assertThrows(IllegalArgumentException.class, () -> Actor.decode("robot:1"));
  }
}
