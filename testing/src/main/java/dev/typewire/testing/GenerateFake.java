package dev.typewire.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the Typewire processor for a typed fake of a generated client ({@code <Client>Fake}) in this
 * package. Put it on a <em>test</em> package's {@code package-info.java}: it ships only in {@code
 * typewire-testing}, a test-scope artifact, so no fake code can reach a production jar.
 *
 * <pre>{@code
 * @GenerateFake(client = PeriskopeClient.class)
 * package com.example.periskope.fake;
 * }</pre>
 *
 * <p>The processor recognises the annotation by its qualified name; it does not depend on this
 * artifact.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateFake {

  /**
   * The generated client the fake answers for.
   *
   * @return the client class, generated from a {@code @GenerateClient} description
   */
  Class<?> client();
}
