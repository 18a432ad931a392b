/**
 * The Periskope client, generated at compile time from the {@code periskope-schema} jar.
 *
 * <p>Nothing in this package is written by hand: edit the schema and recompile.
 */
@GenerateClient(schema = "periskope/openapi.json")
package dev.typewire.sample.periskope;

import dev.typewire.GenerateClient;
