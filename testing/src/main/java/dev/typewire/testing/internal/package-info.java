/**
 * Not API: the engine behind {@link dev.typewire.testing.FakeServer} and {@code typewire check}
 * (the validating server, request validator, schema validator and value synthesizer). Public only
 * so that the command line can share it; anything here may change in any release.
 */
package dev.typewire.testing.internal;
