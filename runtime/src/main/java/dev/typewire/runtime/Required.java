package dev.typewire.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component the schema requires in responses. A response that leaves it out still
 * decodes (the component is absent, as for an optional one), and the client's drift report records
 * a {@link DriftKind#MISSING_REQUIRED}. Jackson's own {@code @JsonProperty(required = true)} is not
 * used because it fails the decode instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Required {}
