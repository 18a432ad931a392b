package dev.typewire.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.typewire.runtime.UploadFile;
import dev.typewire.testing.internal.MediaTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds the file arguments of uploads from the value synthesized for their schema ({@code type:
 * string, format: binary}): the file holds that text, so the server can check what arrived. A file
 * sent as the whole body carries a media type its operation declares ({@code image/png} for {@code
 * image/*}): without one the runtime sends a range as {@code application/octet-stream}.
 */
final class UploadFileArgument extends StdDeserializer<UploadFile> {

  private static final long serialVersionUID = 1L;

  static final String FILENAME = "typewire-check.bin";

  /** The media type of the files built next, or null to leave it to the operation. */
  private transient volatile String contentType;

  UploadFileArgument() {
    super(UploadFile.class);
  }

  /** A module that lets the check's mapper build {@link UploadFile} arguments with this. */
  SimpleModule module() {
    return new SimpleModule("typewire-check-uploads").addDeserializer(UploadFile.class, this);
  }

  /** Gives the files built from now on {@code declared} made concrete, or none for null. */
  void declare(String declared) {
    this.contentType = declared == null ? null : MediaTypes.concrete(declared);
  }

  @Override
  public UploadFile deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    // The context reads just this value; readValueAsTree() would call the rest of an array
    // trailing.
    JsonNode value = context.readTree(parser);
    String text = value.isTextual() ? value.asText() : value.toString();
    UploadFile file = UploadFile.of(text.getBytes(StandardCharsets.UTF_8)).withFilename(FILENAME);
    String type = contentType;
    return type == null ? file : file.withContentType(type);
  }
}
