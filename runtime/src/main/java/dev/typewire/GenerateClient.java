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
}
