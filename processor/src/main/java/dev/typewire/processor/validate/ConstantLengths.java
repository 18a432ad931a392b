package dev.typewire.processor.validate;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.util.HashMap;
import java.util.Map;

/**
 * Schema text that becomes a string literal (wire names, paths, enum values, the server URL...)
 * must fit a class file constant: at most 65535 bytes in its modified UTF-8 form, or javac fails on
 * the generated code with "constant string too long", naming no schema node. Reported here instead,
 * as {@code TW-TEXT-TOO-LONG} with the node's pointer. Descriptions only become comments, which
 * have no limit.
 */
final class ConstantLengths {

  /** The class file format's limit on a string constant, in modified UTF-8 bytes. */
  static final int MAX_BYTES = 65535;

  /** Room for what the emitters add around a name in one literal, such as {@code name[key]}. */
  private static final int SUFFIX = 3;

  private final Diagnostics diagnostics;

  private ConstantLengths(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static void check(ApiModel model, Diagnostics diagnostics) {
    new ConstantLengths(diagnostics).checkModel(model);
  }

  private void checkModel(ApiModel model) {
    // @Generated(comments = ...) holds the version twice.
    check(model.version() + model.version() + model.schemaPath(), "#/info/version", "version");
    check(model.defaultBaseUrl(), "#/servers/0/url", "server URL");
    check(model.traceHeader(), "#/x-typewire-trace-header", "trace header name");
    for (Parameter header : model.sharedHeaders()) {
      check(header.wireName(), "#/components/parameters", "header name");
    }
    Map<String, ObjectType> objects = new HashMap<>();
    for (TypeDecl type : model.types()) {
      if (type instanceof ObjectType object) {
        objects.put(object.javaName(), object);
        for (Property property : object.properties()) {
          String at = JsonPointer.child(type.pointer(), "properties");
          check(property.wireName(), JsonPointer.child(at, property.wireName()), "property name");
        }
      } else if (type instanceof EnumType enumType) {
        for (EnumType.EnumConstant constant : enumType.constants()) {
          check(constant.wireValue(), JsonPointer.child(type.pointer(), "enum"), "enum value");
        }
      } else if (type instanceof UnionType union) {
        String at = JsonPointer.child(type.pointer(), "discriminator");
        check(union.discriminator(), at, "discriminator property name");
        for (UnionType.Variant variant : union.variants()) {
          for (String tag : variant.tags()) {
            check(tag, JsonPointer.child(at, "mapping"), "discriminator value");
          }
        }
      }
    }
    for (Operation operation : model.operations()) {
      String pointer = operation.pointer();
      check(operation.path(), pointer.substring(0, pointer.lastIndexOf('/')), "path");
      for (Parameter parameter : operation.parameters()) {
        String name = parameter.wireName();
        ObjectType object =
            parameter.type() instanceof TypeRef.Named named ? objects.get(named.javaName()) : null;
        if (object != null) {
          // A deepObject parameter is sent as name[property], in one literal.
          for (Property property : object.properties()) {
            name = longer(name, parameter.wireName() + property.wireName());
          }
        }
        check(name, JsonPointer.child(pointer, "parameters"), "parameter name");
      }
    }
  }

  private static String longer(String a, String b) {
    return a.length() >= b.length() ? a : b;
  }

  private void check(String text, String pointer, String what) {
    if (text == null) {
      return;
    }
    long bytes = modifiedUtf8Length(text) + SUFFIX;
    if (bytes > MAX_BYTES) {
      diagnostics.error(
          "TW-TEXT-TOO-LONG",
          pointer,
          "a "
              + what
              + " of "
              + text.length()
              + " characters is too long for a Java string constant (at most "
              + MAX_BYTES
              + " bytes in modified UTF-8); shorten it");
    }
  }

  static long modifiedUtf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
    return bytes;
  }
}
