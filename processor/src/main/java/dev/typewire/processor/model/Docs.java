package dev.typewire.processor.model;

/**
 * What the schema says about an element for humans: becomes Javadoc.
 *
 * @param summary a one-line summary, or null
 * @param description longer text, or null
 * @param example an example value rendered as JSON text, or null
 * @param deprecated the schema marks the element deprecated
 */
public record Docs(String summary, String description, String example, boolean deprecated) {

  public static final Docs NONE = new Docs(null, null, null, false);
}
