package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.typewire.runtime.Bytes;
import dev.typewire.runtime.JsonCodec;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code format: byte} is a value that compares and prints by content and can be null. */
class BinaryContentTest {

  private static final String PKG = SchemaCompiler.PKG;

  private final Compilation compilation =
      SchemaCompiler.compile("openapi/binary-content.yaml", "-Xlint:all,-processing", "-Werror");

  @Test
  void recordsWithBinaryContentCompareByContent() throws Exception {
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> attachment = new GeneratedClasses(compilation).load(PKG + ".Attachment");
    Constructor<?> constructor = attachment.getConstructors()[0];
    Object a = constructor.newInstance(Bytes.of(new byte[] {1, 2}), null);
    Object b = constructor.newInstance(Bytes.of(new byte[] {1, 2}), null);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("Attachment[data=Bytes[2: AQI=], thumbnail=null]", a.toString());
    assertNotEquals(a, constructor.newInstance(Bytes.of(new byte[] {1, 3}), null));
  }

  @Test
  void optionalBinaryContentIsNullable() {
    Class<?> attachment = new GeneratedClasses(compilation).load(PKG + ".Attachment");
    RecordComponent thumbnail =
        Arrays.stream(attachment.getRecordComponents())
            .filter(c -> c.getName().equals("thumbnail"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("Nullable"),
        Arrays.stream(thumbnail.getAnnotatedType().getAnnotations())
            .map(an -> an.annotationType().getSimpleName())
            .toList());
  }

  @Test
  void binaryContentRoundTripsAsBase64() throws Exception {
    Class<?> attachment = new GeneratedClasses(compilation).load(PKG + ".Attachment");
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    String json = "{\"data\":\"AQI=\"}";
    Object decoded = mapper.readValue(json, attachment);
    assertEquals(Bytes.of(new byte[] {1, 2}), attachment.getMethod("data").invoke(decoded));
    assertEquals(json, mapper.writeValueAsString(decoded));
  }
}
