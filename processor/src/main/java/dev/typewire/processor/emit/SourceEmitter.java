package dev.typewire.processor.emit;

import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every emitter over a validated model: records, enums, params, APIs, then the client. */
public final class SourceEmitter {

  private SourceEmitter() {}

  public static List<GeneratedSource> emit(EmitContext context) {
    List<GeneratedSource> files = new ArrayList<>();
    Map<String, TypeDecl> declarations = context.declarations();
    RecordEmitter records = new RecordEmitter(context, unionsOfRecords(context, declarations));
    EnumEmitter enums = new EnumEmitter(context);
    UnionEmitter unions = new UnionEmitter(context);
    for (TypeDecl type : context.model().types()) {
      if (type instanceof ObjectType object) {
        files.add(context.source(() -> records.emit(object)));
      } else if (type instanceof EnumType enumType) {
        files.add(context.source(() -> enums.emit(enumType)));
      } else if (type instanceof UnionType union) {
        files.add(context.source(() -> unions.emit(union)));
      }
    }
    ParamsEmitter params = new ParamsEmitter(context);
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    for (Operation operation : context.model().operations()) {
      if (!ParamsEmitter.parameters(operation).isEmpty()) {
        files.add(context.source(() -> params.emit(operation)));
      }
      groups.computeIfAbsent(operation.group(), g -> new ArrayList<>()).add(operation);
    }
    ApiEmitter apis = new ApiEmitter(context);
    groups.forEach(
        (group, operations) -> files.add(context.source(() -> apis.emit(group, operations))));
    files.add(context.source(() -> new ClientEmitter(context).emit(List.copyOf(groups.keySet()))));
    if (context.model().webhooks() != null) {
      WebhookEmitter webhooks = new WebhookEmitter(context, context.model().webhooks());
      files.add(context.source(() -> webhooks.events()));
      files.add(context.source(() -> webhooks.parser()));
    }
    return files;
  }

  /** For each record that is a variant of unions, those unions' names: it implements them. */
  private static Map<String, List<String>> unionsOfRecords(
      EmitContext context, Map<String, TypeDecl> declarations) {
    Map<String, List<String>> unions = new HashMap<>();
    for (TypeDecl type : context.model().types()) {
      if (type instanceof UnionType union) {
        for (UnionType.Variant variant : union.variants()) {
          if (UnionEmitter.isRecord(variant, declarations)) {
            unions
                .computeIfAbsent(
                    ((TypeRef.Named) variant.type()).javaName(), name -> new ArrayList<>())
                .add(union.javaName());
          }
        }
      }
    }
    return unions;
  }
}
