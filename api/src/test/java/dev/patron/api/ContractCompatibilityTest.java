package dev.patron.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiClass;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract changes only compatibly within a major version: japicmp compares the classes just
 * compiled with the baseline jar of this major ({@code src/test/resources/baseline}), and any
 * binary or source incompatible change of a public or protected member fails the build.
 *
 * <p>To break the contract on purpose, raise the major of {@code patron.sdk.version} in the root
 * POM; then replace the baseline with the new version's jar ({@code mvn -pl api package} and copy
 * {@code target/patron-api-*.jar} to {@code baseline/patron-api-<version>.jar}), so the new major
 * is guarded from then on.
 */
class ContractCompatibilityTest {

  private static final Path BASELINES = Path.of("src", "test", "resources", "baseline");

  @Test
  void theContractChangesOnlyCompatiblyWithinAMajorVersion(@TempDir Path work) throws IOException {
    Path baseline = baseline();
    String baselineVersion = baseline.getFileName().toString().replaceAll("^patron-api-(.+)\\.jar$", "$1");
    int baselineMajor = major(baselineVersion);
    int currentMajor = major(PatronSdk.VERSION);
    assertFalse(currentMajor < baselineMajor, "the SDK version " + PatronSdk.VERSION + " is older than its baseline "
        + baselineVersion);
    if (currentMajor > baselineMajor) {
      return; // a new major may break anything; its own baseline guards it once committed
    }
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PROTECTED);
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    options.getClassPathEntries().addAll(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
    List<JApiClass> classes = new JarArchiveComparator(options).compare(
        new JApiCmpArchive(baseline.toFile(), baselineVersion),
        new JApiCmpArchive(jarOf(Path.of("target", "classes"), work.resolve("current.jar")).toFile(), PatronSdk.VERSION));
    List<String> incompatible = classes.stream()
        .filter(c -> !c.isBinaryCompatible() || !c.isSourceCompatible())
        .map(ContractCompatibilityTest::describe)
        .toList();
    assertTrue(incompatible.isEmpty(), "incompatible changes to the plugin contract " + baselineVersion + " -> "
        + PatronSdk.VERSION + " need a new major version:\n" + String.join("\n", incompatible));
  }

  /** The class and each of its members that changed incompatibly, with japicmp's reasons. */
  private static String describe(JApiClass changed) {
    StringBuilder text = new StringBuilder(changed.getFullyQualifiedName()).append(' ')
        .append(changed.getChangeStatus()).append(' ').append(changed.getCompatibilityChanges());
    changed.getMethods().stream()
        .filter(m -> !m.isBinaryCompatible() || !m.isSourceCompatible())
        .forEach(m -> text.append("\n  ").append(m.getName()).append(' ').append(m.getChangeStatus())
            .append(' ').append(m.getCompatibilityChanges()));
    return text.toString();
  }

  private static Path baseline() throws IOException {
    try (Stream<Path> files = Files.list(BASELINES)) {
      List<Path> jars = files.filter(f -> f.getFileName().toString().matches("patron-api-.+\\.jar")).toList();
      assertTrue(jars.size() == 1, "expected exactly one baseline jar in " + BASELINES + ", found " + jars);
      return jars.get(0);
    }
  }

  private static int major(String version) {
    return Integer.parseInt(version.split("\\.")[0]);
  }

  private static Path jarOf(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        try {
          Files.copy(file, zip);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        zip.closeEntry();
      }
    }
    return jar;
  }
}
