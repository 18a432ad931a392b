package dev.typewire.processor.model;

/** How a request or response body travels. */
public enum BodyEncoding {
  /** {@code application/json} or any {@code +json} type. */
  JSON,
  /** {@code application/x-www-form-urlencoded}: one form field per property of the body. */
  FORM,
  /** {@code text/plain}: the body is a String as is. */
  TEXT,
  /**
   * Binary content ({@code application/octet-stream}, {@code image/png}, ...): a file sent as the
   * whole body, or a response body streamed to the caller.
   */
  BINARY,
  /** {@code multipart/form-data}: one part per property of the body record, files included. */
  MULTIPART
}
