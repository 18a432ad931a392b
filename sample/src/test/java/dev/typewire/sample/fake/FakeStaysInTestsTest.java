package dev.typewire.sample.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.sample.periskope.PeriskopeClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fake is generated into test output only: the directory the sample's jar is made of holds no
 * fake class and no testing engine class.
 */
class FakeStaysInTestsTest {

  @Test
  void mainOutputHoldsNoFakeClass() throws Exception {
    Path main =
        Path.of(PeriskopeClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path fake =
        Path.of(PeriskopeFake.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(fake.endsWith("test-classes"), fake::toString);
    assertTrue(
        Files.isRegularFile(main.resolve("dev/typewire/sample/periskope/PeriskopeClient.class")));
    assertEquals(List.of(), classesNamed(main, "Fake"));
    assertEquals(List.of(), classesNamed(main, "dev/typewire/testing"));
  }

  private static List<String> classesNamed(Path root, String part) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".class") && name.contains(part))
          .toList();
    }
  }
}
