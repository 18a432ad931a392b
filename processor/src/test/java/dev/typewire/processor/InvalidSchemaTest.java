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
 * must not be reported as a Typewire bug.
 */
class InvalidSchemaTest {

  @ParameterizedTest(name = "{0} gives [{1}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          allof-cycle.json                    | TW-ALLOF-CYCLE            | :7:15 at #/components/schemas/Chat                            |
          bad-json.json                       | TW-PARSE-JSON             | :6:43 at #/paths/~1chats/get                                  |
          bad-yaml.yaml                       | TW-PARSE-YAML             | :9:6 at #/paths/~1chats                                       |
          dangling-ref.json                   | TW-REF-DANGLING           | :12:21 at #/components/schemas/Chat/properties/x/$ref         |
          dangling-ref.yaml                   | TW-REF-DANGLING           | :14:17 at #/components/schemas/Chat/properties/owner/$ref     |
          deep-nesting.json                   | TW-DEPTH                  | :1:80 at #/x-deep/0/0/0/0/0                                   | 200 levels
          deep-nesting.yaml                   | TW-DEPTH                  | :3:14 at #/x-deep/0/0/0/0/0                                   | 200 levels
          duplicate-key.json                  | TW-PARSE-JSON             | :6:13 at #/paths                                              | '/chats'
          empty.json                          | TW-SCHEMA-EMPTY           | ' at #'                                                       |
          number-out-of-range.json            | TW-PARSE-JSON             | :7:48 at #/components/schemas/Count/maximum                   | out of range
          not-openapi.json                    | TW-NOT-OPENAPI            | :2:14 at #/openapi                                            | '4.0.0'
          parameter-in.json                   | TW-PARAMETER-IN           | :9:36 at #/paths/~1chats/get/parameters/0/in                  | "body"
          path-parameter-not-in-template.json | TW-PATH-PARAMETER         | :10:11 at #/paths/~1chats~1{chat_id}/get/parameters/1         | 'chatId'
          path-parameter-undeclared.json      | TW-PATH-PARAMETER         | :6:14 at #/paths/~1chats~1{chat_id}/get                       | '{chat_id}'
          properties-not-object.json          | TW-PROPERTIES             | :9:23 at #/components/schemas/Chat/properties                 | STRING
          ref-external.json                   | TW-REF-EXTERNAL           | :10:30 at #/components/schemas/Chat/properties/owner/$ref     | common.json
          ref-malformed.json                  | TW-REF-MALFORMED          | :10:30 at #/components/schemas/Chat/properties/owner/$ref     |
          ref-not-string.json                 | TW-REF-NOT-STRING         | :10:30 at #/components/schemas/Chat/properties/owner/$ref     | OBJECT
          ref-wrong-kind.json                 | TW-REF-KIND               | :9:21 at #/paths/~1chats/get/parameters/0/$ref                | components/parameters
          swagger2.json                       | TW-SWAGGER2               | :2:14 at #/swagger                                            |
          unknown-type.json                   | TW-TYPE                   | :10:27 at #/components/schemas/Chat/properties/id/type        | "strin"
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
