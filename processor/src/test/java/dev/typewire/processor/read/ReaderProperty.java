package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.emit.EmitContext;
import dev.typewire.processor.emit.SourceEmitter;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.validate.ModelValidator;

/**
 * The property every input must have: parsing either fails with a ParseException, or reading and
 * validating end with a model or with problems, each with an id and a pointer; and a model with
 * only warnings is emitted without an exception, since the processor then generates code from
 * whatever the warnings left of it. Any other exception propagates and fails the caller.
 */
final class ReaderProperty {

  private ReaderProperty() {}

  static void check(String path, String text) {
    SchemaDocument document;
    try {
      document = SchemaParser.parse(path, text);
    } catch (SchemaParser.ParseException e) {
      assertTrue(e.id().startsWith("TW-"), e.id());
      assertNotNull(e.pointer());
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    ApiModel model = ModelReader.read(document, "", diagnostics);
    if (model != null) {
      ModelValidator.validate(model, diagnostics);
    } else {
      assertTrue(diagnostics.hasErrors(), "no model, so there must be an error");
    }
    for (Problem problem : diagnostics.problems()) {
      assertTrue(problem.id().startsWith("TW-"), problem::toString);
      assertTrue(problem.pointer().startsWith("#"), problem::toString);
    }
    if (model != null && !diagnostics.hasErrors()) {
      SourceEmitter.emit(new EmitContext("com.example.fuzz", model, "test", null, false));
    }
  }
}
