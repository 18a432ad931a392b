/**
 * An in-process fake of an API for tests, made from its OpenAPI description: {@link
 * dev.typewire.testing.FakeServer} for any client, and {@link dev.typewire.testing.TypedStub} for
 * the typed {@code <Client>Fake} the processor generates where {@link
 * dev.typewire.testing.GenerateFake} asks for it. Use this artifact in test scope only.
 */
package dev.typewire.testing;
