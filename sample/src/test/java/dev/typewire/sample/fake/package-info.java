/**
 * The client's tests against {@code PeriskopeFake}, generated here from the client's description
 * because of the annotation below; test sources only, so the fake never reaches the sample's jar.
 */
@GenerateFake(client = PeriskopeClient.class)
package dev.typewire.sample.fake;

import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.testing.GenerateFake;
