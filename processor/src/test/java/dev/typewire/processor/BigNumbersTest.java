package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Integers beyond 64 bits are BigInteger, decimals BigDecimal, and their bounds stay exact. */
class BigNumbersTest {

  private static final String PKG = SchemaCompiler.PKG;

  @Test
  void integersBeyondLongAreBigIntegers() throws Exception {
    Compilation compilation =
        SchemaCompiler.compile("openapi/big-numbers.yaml", "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> response = classes.load(PKG + ".GetLedgerResponse");
    Map<String, Class<?>> components =
        Arrays.stream(response.getRecordComponents())
            .collect(Collectors.toMap(c -> c.getName(), c -> c.getType()));
    assertEquals(BigInteger.class, components.get("total"));
    assertEquals(BigDecimal.class, components.get("exact"));
    assertEquals(BigInteger.class, components.get("id"));

    Class<?> params = classes.load(PKG + ".GetLedgerParams");
    BigInteger max = new BigInteger("340282366920938463463374607431768211455");
    params.getConstructors()[0].newInstance(max);
    InvocationTargetException tooBig =
        assertThrows(
            InvocationTargetException.class,
            () -> params.getConstructors()[0].newInstance(max.add(BigInteger.ONE)));
    assertInstanceOf(IllegalArgumentException.class, tooBig.getCause());
  }
}
