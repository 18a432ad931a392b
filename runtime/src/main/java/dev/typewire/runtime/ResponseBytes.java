package dev.typewire.runtime;

/**
 * A response body as read: all of it, or the first {@code maxResponseBytes} when {@code truncated}.
 */
// Internal and never compared or hashed, so array identity semantics do not matter here.
@SuppressWarnings("ArrayRecordComponent")
record ResponseBytes(byte[] bytes, boolean truncated) {}
