package dev.typewire.processor.emit;

import com.palantir.javapoet.JavaFile;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.TypeDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every emitter over a validated model: records, enums, params, APIs, then the client. */
public final class SourceEmitter {

  private SourceEmitter() {}

  public static List<JavaFile> emit(EmitContext context) {
    List<JavaFile> files = new ArrayList<>();
    RecordEmitter records = new RecordEmitter(context);
    EnumEmitter enums = new EnumEmitter(context);
    for (TypeDecl type : context.model().types()) {
      if (type instanceof ObjectType object) {
        files.add(context.file(records.emit(object)));
      } else if (type instanceof EnumType enumType) {
        files.add(context.file(enums.emit(enumType)));
      }
    }
    ParamsEmitter params = new ParamsEmitter(context);
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    for (Operation operation : context.model().operations()) {
      if (!ParamsEmitter.parameters(operation).isEmpty()) {
        files.add(context.file(params.emit(operation)));
      }
      groups.computeIfAbsent(operation.group(), g -> new ArrayList<>()).add(operation);
    }
    ApiEmitter apis = new ApiEmitter(context);
    groups.forEach((group, operations) -> files.add(context.file(apis.emit(group, operations))));
    files.add(context.file(new ClientEmitter(context).emit(List.copyOf(groups.keySet()))));
    return files;
  }
}
