package dev.typewire.processor.model;

/** How a request or response body travels. */
public enum BodyEncoding {
  /** {@code application/json} or any {@code +json} type. */
  JSON,
  /** {@code application/x-www-form-urlencoded}: one form field per property of the body. */
  FORM,
  /** {@code text/plain}: the body is a String as is. */
  TEXT
}
