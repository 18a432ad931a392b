package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.typewire.runtime.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * How a generated union reaches the runtime's {@code UnionDecoder}: its nested {@code Decoder} is
 * created with {@code new} by a module as well as through {@code @JsonDeserialize}, and a union or
 * record named like the helper types still compiles and decodes.
 */
class UnionDecoderWiringTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/union-names.yaml", "-Xlint:all,-processing", "-Werror");

  private static String variant(Object value) {
    return value.getClass().getName().substring(PKG.length() + 1);
  }

  @Test
  void unionsAndRecordsNamedLikeTheHelpersCompileWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void theirValuesDecodeAndEncodeBack() throws Exception {
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    String json =
        "{\"decoder\":[{\"count\":2}],\"unknown\":{\"ref\":\"r\"},\"kinds\":[{\"kind\":\"k\"}]}";
    Object things = mapper.readValue(json, classes.load(PKG + ".Things"));
    Object decoder = things.getClass().getMethod("decoder").invoke(things);
    assertEquals("Decoder$ListValue", variant(decoder));
    Object unknown = things.getClass().getMethod("unknown").invoke(things);
    assertEquals("TypeReference", variant(unknown));
    assertEquals(mapper.readTree(json), mapper.valueToTree(things));
    Object kept = mapper.readValue("true", classes.load(PKG + ".Unknown"));
    assertEquals("Unknown$UnionUnknown", variant(kept));
  }

  @Test
  void aModuleRegistersTheDecoderCreatedWithNew() throws Exception {
    Class<?> union = classes.load(PKG + ".Unknown");
    // Without the interface's @JsonDeserialize, only the module's decoder can choose a variant.
    ObjectMapper mapper =
        JsonCodec.newObjectMapper()
            .setAnnotationIntrospector(
                new JacksonAnnotationIntrospector() {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public Object findDeserializer(Annotated annotated) {
                    return annotated.getRawType() == union
                        ? null
                        : super.findDeserializer(annotated);
                  }
                });
    JsonDeserializer<?> decoder =
        (JsonDeserializer<?>) classes.load(PKG + ".Unknown$Decoder").getConstructor().newInstance();
    register(mapper, union, decoder);
    assertEquals("Unknown$StringValue", variant(mapper.readValue("\"s\"", union)));
    assertEquals("TypeReference", variant(mapper.readValue("{\"ref\":\"r\"}", union)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the decoder's type is only known at run time
  private static void register(ObjectMapper mapper, Class<?> union, JsonDeserializer<?> decoder) {
    mapper.registerModule(new SimpleModule().addDeserializer((Class) union, decoder));
  }
}
