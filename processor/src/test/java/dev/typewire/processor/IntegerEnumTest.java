package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Integer enums as value records over Integer (Long when a value needs it) that keep unknown
 * values, like string enums; schema defaults in Javadoc.
 */
class IntegerEnumTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final ObjectMapper MAPPER = JsonCodec.newObjectMapper();
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/integer-enums.yaml", "-Xlint:all,-processing", "-Werror");

  private static Object get(Object target, String accessor) throws Exception {
    return target.getClass().getMethod(accessor).invoke(target);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void knownValuesDecodeToTheirConstantsAndUnknownOnesAreKept() throws Exception {
    Class<?> reading = classes.load(PKG + ".Reading");
    Object value = MAPPER.readValue("{\"level\":2,\"big\":7,\"unit\":\"K\"}", reading);
    Object level = get(value, "level");
    assertSame(classes.load(PKG + ".Level").getField("VALUE_2").get(null), level);
    assertEquals(2, get(level, "value"));
    Object big = get(value, "big");
    assertEquals(7L, get(big, "value"));
    assertFalse((Boolean) get(big, "isKnown"));
    assertTrue((Boolean) get(level, "isKnown"));
    assertEquals("{\"level\":2,\"big\":7,\"unit\":\"K\"}", MAPPER.writeValueAsString(value));
    assertEquals("2", level.toString());
  }

  @Test
  void anIntegerEnumInAUnionIsChosenForNumbers() throws Exception {
    Class<?> union = classes.load(PKG + ".LevelOrName");
    Object number = MAPPER.readValue("3", union);
    Object text = MAPPER.readValue("\"high\"", union);
    assertEquals("3", MAPPER.writeValueAsString(number));
    assertEquals("\"high\"", MAPPER.writeValueAsString(text));
    assertTrue(number.getClass() != text.getClass(), number + " / " + text);
  }

  @Test
  void aOneOfOfTitledConstsIsAnEnumNamedByTheTitles() throws Exception {
    Class<?> level = classes.load(PKG + ".PrivacyLevel");
    Object guildOnly = level.getField("GUILD_ONLY").get(null);
    assertEquals(2, get(guildOnly, "value"));
    Class<?> stage = classes.load(PKG + ".Stage");
    Object value = MAPPER.readValue("{\"privacy\":2,\"mood\":\"calm\"}", stage);
    assertSame(guildOnly, get(value, "privacy"));
    Object calm = classes.load(PKG + ".StageMood").getField("CALM_AND_QUIET").get(null);
    assertSame(calm, get(value, "mood"));
    assertEquals("{\"privacy\":2,\"mood\":\"calm\"}", MAPPER.writeValueAsString(value));
  }

  @Test
  void aValueBeyondIntMakesALongEnum() throws Exception {
    Object constant = classes.load(PKG + ".Big").getField("VALUE_5000000000").get(null);
    assertEquals(5000000000L, get(constant, "value"));
    assertEquals(-1L, get(classes.load(PKG + ".Big").getField("VALUE_MINUS_1").get(null), "value"));
  }

  @Test
  void defaultsAreInTheJavadoc() throws Exception {
    String params =
        classes
            .compilation()
            .generatedFile(
                StandardLocation.SOURCE_OUTPUT, PKG.replace('.', '/') + "/GetLevelParams.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(params.contains("@param limit How many. Default: <code>5</code>."), params);
    String reading =
        classes
            .compilation()
            .generatedFile(StandardLocation.SOURCE_OUTPUT, PKG.replace('.', '/') + "/Reading.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(reading.contains("@param unit Default: <code>celsius</code>."), reading);
  }
}
