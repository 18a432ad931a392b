package dev.typewire.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.typewire.runtime.UploadFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds the file arguments of uploads from the value synthesized for their schema ({@code type:
 * string, format: binary}): the file holds that text, so the server can check what arrived.
 */
final class UploadFileArgument extends StdDeserializer<UploadFile> {

  private static final long serialVersionUID = 1L;

  static final String FILENAME = "typewire-check.bin";

  private UploadFileArgument() {
    super(UploadFile.class);
  }

  /** A module that lets the check's mapper build {@link UploadFile} arguments. */
  static SimpleModule module() {
    return new SimpleModule("typewire-check-uploads")
        .addDeserializer(UploadFile.class, new UploadFileArgument());
  }

  @Override
  public UploadFile deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    // The context reads just this value; readValueAsTree() would call the rest of an array
    // trailing.
    JsonNode value = context.readTree(parser);
    String text = value.isTextual() ? value.asText() : value.toString();
    return UploadFile.of(text.getBytes(StandardCharsets.UTF_8)).withFilename(FILENAME);
  }
}
