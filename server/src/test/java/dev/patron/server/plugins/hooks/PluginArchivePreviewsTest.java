package dev.patron.server.plugins.hooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import io.vertx.core.Future;
import org.junit.jupiter.api.Test;

/** Which hooks the archive preview asks: those that do something on archive. */
class PluginArchivePreviewsTest {

  static class ValidatesOnly implements CustomerHook {
    @Override
    public Future<Void> beforeUpdate(CustomerChange change) {
      return Future.succeededFuture();
    }
  }

  static class Archives implements CustomerHook {
    @Override
    public Future<Void> beforeArchive(CustomerArchival archival) {
      return Future.succeededFuture();
    }
  }

  static class ArchivesToo extends Archives {
  }

  static class OnlyPreviews implements CustomerHook {
    @Override
    public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
      return Future.succeededFuture(ArchivePreview.nothing());
    }
  }

  @Test
  void aHookKeepingBothDefaultsDoesNothingOnArchive() {
    assertFalse(PluginArchivePreviews.actsOnArchive(new ValidatesOnly()));
    assertTrue(PluginArchivePreviews.actsOnArchive(new Archives()));
    assertTrue(PluginArchivePreviews.actsOnArchive(new ArchivesToo()), "inherited from a shared base class");
    assertTrue(PluginArchivePreviews.actsOnArchive(new OnlyPreviews()));
  }
}
