package dev.typewire.runtime;

import java.io.InputStream;

/**
 * A response body as read: all of it, or the first {@code maxResponseBytes} when {@code truncated};
 * or, for a successful binary response, the unread {@code stream} (then {@code bytes} is empty).
 */
// Internal and never compared or hashed, so array identity semantics do not matter here.
@SuppressWarnings("ArrayRecordComponent")
record ResponseBytes(byte[] bytes, boolean truncated, InputStream stream) {

  ResponseBytes(byte[] bytes, boolean truncated) {
    this(bytes, truncated, null);
  }

  static ResponseBytes streaming(InputStream stream) {
    return new ResponseBytes(new byte[0], false, stream);
  }
}
