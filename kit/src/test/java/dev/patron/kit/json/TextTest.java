package dev.patron.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00a0", "\u200b", "\u0085\u2028\u2029", "\ufeff", "\u2007\u202f\u3000",
      "\u200d\u200c\u2060", "\u0000\u001f"})
  void invisibleTextIsBlank(String text) {
    assertTrue(Text.isBlank(text));
    assertEquals("", Text.strip(text));
  }

  @Test
  void stripsOnlyTheEdges() {
    assertEquals("Anna Maria", Text.strip("\u00a0\u200bAnna Maria\u2029 "));
    assertEquals("Ü", Text.strip("\ufeffÜ"));
    assertEquals("😀", Text.strip(" 😀\u200b"));
    assertFalse(Text.isBlank("."));
  }
}
