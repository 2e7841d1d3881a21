package dev.patron.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

  @Test
  void normalisesValidTags() {
    assertEquals("de-AT", LanguageTags.normalize("de-at"));
    assertEquals("zh-Hant-TW", LanguageTags.normalize("zh-hant-tw"));
    assertEquals("en", LanguageTags.normalize("EN"));
    assertEquals("gsw-CH", LanguageTags.normalize("gsw-CH"));
  }

  @Test
  void rejectsMalformedOrUnknownLanguages() {
    assertNull(LanguageTags.normalize("english"));
    assertNull(LanguageTags.normalize("de_AT"));
    assertNull(LanguageTags.normalize("xx"));
    assertNull(LanguageTags.normalize(""));
  }

  @Test
  void readsTheRegion() {
    assertEquals("AT", LanguageTags.region("de-AT"));
    assertNull(LanguageTags.region("de"));
  }
}
