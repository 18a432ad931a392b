package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsyncTwinTest {

  private static final ObjectMapper MAPPER = JsonCodec.newObjectMapper();

  @Test
  void equalValuesAndEqualFailuresAreNoDifference() {
    OperationCaller.Outcome sync = new OperationCaller.Outcome(Map.of("id", 7), false, null);

    assertNull(AsyncTwin.compare("getPetAsync", sync, Map.of("id", 7), null, MAPPER));
    OperationCaller.Outcome failed =
        new OperationCaller.Outcome(null, false, new IllegalStateException("x"));
    assertNull(
        AsyncTwin.compare("getPetAsync", failed, null, new IllegalStateException("y"), MAPPER));
  }

  @Test
  void aDifferentValueOrFailureIsNamed() {
    OperationCaller.Outcome sync = new OperationCaller.Outcome(Map.of("id", 7), false, null);

    assertEquals(
        "getPetAsync returned {\"id\":8} where the sync call returned {\"id\":7}",
        AsyncTwin.compare("getPetAsync", sync, Map.of("id", 8), null, MAPPER));
    assertEquals(
        "getPetAsync threw IllegalStateException where the sync call threw nothing",
        AsyncTwin.compare("getPetAsync", sync, null, new IllegalStateException("x"), MAPPER));
  }
}
