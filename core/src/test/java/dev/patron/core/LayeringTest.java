package dev.patron.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is the domain: it knows nothing of HTTP, plugin loading or the server composing it. */
class LayeringTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.patron.core");

  @Test
  void coreDoesNotDependOnTheServerOrOnHttpOrPluginLoading() {
    noClasses().that().resideInAPackage("dev.patron.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.patron.server..", "io.vertx.ext.web..", "io.vertx.core.http..", "org.pf4j..", "org.flywaydb..",
            "dev.patron.kit.http..")
        .check(core);
  }

  /** The core is not a plugin: it implements no extension point and reads no plugin request. */
  @Test
  void coreUsesNoneOfTheContractsRoutingSide() {
    noClasses().that().resideInAPackage("dev.patron.core..")
        .should().dependOnClassesThat().haveFullyQualifiedName("dev.patron.api.plugin.RouteContributor")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.patron.api.plugin.PluginRequest")
        .check(core);
  }

  /** vertx-web reaches the core neither directly nor through the SDK or the kit (both declare it optional). */
  @Test
  void vertxWebIsNotOnTheCoresClassPath() {
    org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
        () -> Class.forName("io.vertx.ext.web.Router"));
  }
}
