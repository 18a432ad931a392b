package dev.typewire.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.sample.periskope.PeriskopeClient;

/** Every wire habit again, through the generated codecs, as the client decodes. */
class WireHabitsWithCodecsTest extends WireHabitsTest {

  @Override
  ObjectMapper mapper() {
    return JsonCodec.newObjectMapper().registerModule(PeriskopeClient.jsonModule());
  }
}
