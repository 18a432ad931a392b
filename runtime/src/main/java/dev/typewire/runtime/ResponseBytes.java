package dev.typewire.runtime;

/**
 * A response body as read: all of it, or the first {@code maxResponseBytes} when {@code truncated}.
 */
record ResponseBytes(byte[] bytes, boolean truncated) {}
