package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.HashMap;
import java.util.Map;

/**
 * Which JSON Schema dialect validates each schema of a description. A schema naming one with {@code
 * $schema} is validated with it (networknt switches on its own); the others use the document's
 * {@code jsonSchemaDialect} in 3.1 and otherwise the OpenAPI dialect of the version. Draft-05 has
 * no meta-schema of its own (it was published as a draft-04 revision with the same keywords), so
 * networknt does not know it and would try to download it: a schema naming it is validated with
 * draft-04, whose keywords it uses (boolean {@code exclusiveMinimum}).
 */
public final class SchemaDialects {

  private static final String[] DRAFT_05 = {
    "http://json-schema.org/draft-05/schema", "https://json-schema.org/draft-05/schema"
  };

  private final Dialect openApi;
  private final String defaultId;

  public SchemaDialects(JsonNode description, boolean openApi31) {
    this.openApi = openApi31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30();
    JsonNode declared = description.path("jsonSchemaDialect");
    this.defaultId = openApi31 && declared.isTextual() ? declared.textValue() : openApi.getId();
  }

  /** The dialect of schemas that name none. */
  public String defaultId() {
    return defaultId;
  }

  /** networknt's own dialects, with the OpenAPI one and draft-05 added. */
  public DialectRegistry registry() {
    Map<String, Dialect> added = new HashMap<>();
    added.put(openApi.getId(), openApi);
    for (String id : DRAFT_05) {
      for (String spelling : new String[] {id, id + "#"}) {
        added.put(spelling, Dialect.builder(spelling, Dialects.getDraft4()).build());
      }
    }
    return new DefaultDialectRegistry(added::get);
  }
}
