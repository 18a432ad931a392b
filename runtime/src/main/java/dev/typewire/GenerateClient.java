package dev.typewire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates a typed client for an OpenAPI 3.x description into the annotated package.
 *
 * <p>Put it on a {@code package-info.java}:
 *
 * <pre>{@code
 * @GenerateClient(schema = "periskope/openapi.json")
 * package com.example.periskope;
 * }</pre>
 *
 * <p>The Typewire processor ({@code dev.typewire:typewire-processor}) must be on the annotation
 * processor path. It writes one record per object schema, one query builder per operation with
 * parameters, one API class per tag and a client class, all in the annotated package.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateClient {

  /**
   * The schema resource: looked up on the class path first (a schema jar, or the project's own
   * resources), then on the source path. JSON or YAML.
   */
  String schema();

  /**
   * Simple name of the generated client class. Empty (the default) derives it from the schema's
   * {@code info.title}, for example {@code "Periskope API"} gives {@code PeriskopeClient}.
   */
  String clientName() default "";

  /**
   * Java names of your choice for parts of the schema, so code written against a vendor's
   * description keeps compiling when the vendor renames things. Each entry is {@code
   * "key=JavaName"}; the key is one of:
   *
   * <ul>
   *   <li>a component schema, by name or JSON pointer: {@code "chat_type=ChatKind"}, {@code
   *       "#/components/schemas/chat_type=ChatKind"};
   *   <li>a property, by the JSON pointer of its schema: {@code
   *       "#/components/schemas/Chat/properties/chat_id=id"};
   *   <li>an operation, by JSON pointer or operationId followed by {@code ()}: {@code
   *       "#/paths/~1chats/get=listChats"}, {@code "listAllChats()=listChats"};
   *   <li>a parameter, by the JSON pointer where an operation lists it, by the pointer of its
   *       declaration under {@code components} (renaming it in every operation), or by operationId
   *       and wire name: {@code "#/paths/~1chats/get/parameters/0=max"}, {@code
   *       "#/components/parameters/Limit=max"}, {@code "listAllChats(limit)=max"}.
   * </ul>
   *
   * <p>A pinned name beats the names Typewire would choose itself. An entry that names nothing is a
   * warning ({@code TW-NAMES-UNUSED}); one whose name is not a legal Java identifier, or clashes
   * with another pinned name or with what the generated code needs, is an error.
   */
  String[] names() default {};

  /**
   * The description the previous release was generated from, found like {@link #schema()}; empty to
   * compare with nothing. Each breaking difference is a compiler warning ({@code [TW-BREAK-...]};
   * {@code -Atypewire.breakingChanges=error|warning|ignore}), and every difference is written to
   * {@code typewire-changes.json} and {@code typewire-changes.md} in the annotated package's
   * directory of the class output.
   */
  String previous() default "";
}
