package dev.typewire.processor.read;

import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import dev.typewire.processor.model.Webhooks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Leaves out inline types that nothing generated refers to. Reading declares some types it then
 * does not use: the earlier restatement of a property in an {@code allOf} (GitHub's webhook
 * payloads restate {@code labels} in both parts of one), whose record no accessor returns. Each
 * would still be a class to write, compile and load in the IDE. Component schemas are always kept:
 * users refer to them by name.
 */
final class ReachableTypes {

  private ReachableTypes() {}

  /**
   * The declarations reachable from a component, an operation, a shared header or a webhook, in
   * their original order.
   */
  static List<TypeDecl> of(
      List<TypeDecl> declarations,
      List<Operation> operations,
      List<Parameter> sharedHeaders,
      Webhooks webhooks) {
    Map<String, TypeDecl> byName =
        declarations.stream().collect(Collectors.toMap(TypeDecl::javaName, Function.identity()));
    Deque<TypeRef> pending = new ArrayDeque<>();
    for (TypeDecl declaration : declarations) {
      if (ComponentNames.isComponent(declaration.pointer())) {
        pending.push(new TypeRef.Named(declaration.javaName()));
      }
    }
    for (Operation operation : operations) {
      operation.parameters().forEach(parameter -> push(pending, parameter.type()));
      push(pending, operation.requestBody());
      push(pending, operation.response());
      push(pending, operation.errorBody());
      if (operation.pagination() != null) {
        push(pending, operation.pagination().itemType());
      }
    }
    sharedHeaders.forEach(header -> push(pending, header.type()));
    if (webhooks != null) {
      webhooks.events().forEach(event -> push(pending, event.payload()));
    }
    Set<String> reached = new HashSet<>();
    // A worklist, not recursion: a legal chain of thousands of records must not overflow the stack.
    while (!pending.isEmpty()) {
      TypeRef type = pending.pop();
      if (type instanceof TypeRef.ListOf list) {
        pending.push(list.items());
      } else if (type instanceof TypeRef.MapOf map) {
        pending.push(map.values());
      } else if (type instanceof TypeRef.Named named && reached.add(named.javaName())) {
        TypeDecl declaration = byName.get(named.javaName());
        if (declaration instanceof ObjectType object) {
          object.properties().forEach(property -> pending.push(property.type()));
          push(pending, object.additionalProperties());
        } else if (declaration instanceof UnionType union) {
          union.variants().forEach(variant -> pending.push(variant.type()));
        }
      }
    }
    return declarations.stream()
        .filter(declaration -> reached.contains(declaration.javaName()))
        .toList();
  }

  private static void push(Deque<TypeRef> pending, TypeRef type) {
    if (type != null) {
      pending.push(type);
    }
  }
}
