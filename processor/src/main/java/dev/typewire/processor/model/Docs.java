package dev.typewire.processor.model;

/**
 * What the schema says about an element for humans: becomes Javadoc.
 *
 * @param summary a one-line summary, or null
 * @param description longer text, or null
 * @param example an example value rendered as JSON text, or null
 * @param deprecated the schema marks the element deprecated
 * @param defaultValue the schema's default (a string as is, anything else as JSON text), or null
 */
public record Docs(
    String summary, String description, String example, boolean deprecated, String defaultValue) {

  public static final Docs NONE = new Docs(null, null, null, false, null);
}
