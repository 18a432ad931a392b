package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken schema per case under {@code invalid/}: each must fail the compilation with an error
 * that carries the case's id, the file, line:column and the JSON pointer of the offending node, and
 * must not be reported as a Typewire bug. These are the defects no correct client survives; those
 * it does are warnings, in {@link DegradedSchemaTest}.
 */
class InvalidSchemaTest {

  @ParameterizedTest(name = "{0} gives [{1}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bad-json.json                       | TW-PARSE-JSON             | :6:43 at #/paths/~1chats/get                                  |
          components-schemas-not-object.json  | TW-COMPONENTS             | :6:16 at #/components/schemas                                 | found ARRAY
          bad-yaml.yaml                       | TW-PARSE-YAML             | :9:6 at #/paths/~1chats                                       |
          deep-nesting.json                   | TW-DEPTH                  | :1:80 at #/x-deep/0/0/0/0/0                                   | 200 levels
          deep-nesting.yaml                   | TW-DEPTH                  | :3:14 at #/x-deep/0/0/0/0/0                                   | 200 levels
          duplicate-key.json                  | TW-PARSE-JSON             | :6:13 at #/paths                                              | '/chats'
          empty.json                          | TW-SCHEMA-EMPTY           | ' at #'                                                       |
          number-out-of-range.json            | TW-PARSE-JSON             | :7:48 at #/components/schemas/Count/maximum                   | out of range
          not-openapi.json                    | TW-NOT-OPENAPI            | :2:14 at #/openapi                                            | '4.0.0'
          ref-cycle.json                      | TW-REF-CYCLE              | :9:34 at #/components/schemas/Chat/properties/owner           | a cycle of refs
          swagger2.json                       | TW-SWAGGER2               | :2:14 at #/swagger                                            |
          """)
  void reportsWhatAndWhere(String file, String id, String where, String detail) {
    String schema = "invalid/" + file;
    Compilation compilation = SchemaCompiler.compile(schema);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + id + "] " + schema + where + ": ");
    if (detail != null) {
      assertThat(compilation).hadErrorContaining(detail);
    }
    assertEquals(
        0,
        compilation.errors().stream()
            .map(error -> error.getMessage(null))
            .filter(message -> message.contains("[TW-BUG]"))
            .count(),
        compilation.diagnostics()::toString);
  }

  static long count(Compilation compilation, Diagnostic.Kind kind, String text) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind && d.getMessage(null).contains(text))
        .count();
  }
}
