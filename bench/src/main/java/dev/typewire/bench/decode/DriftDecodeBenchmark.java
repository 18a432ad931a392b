package dev.typewire.bench.decode;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.typewire.bench.SyntheticChatPages;
import dev.typewire.bench.periskope.ListChatsResponse;
import dev.typewire.bench.periskope.PeriskopeClient;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Drift recording's worst common case: the 2000-chat page of {@link DecodeBenchmark} with a
 * property the schema lacks in every chat and every message, decoded with recording off and on. The
 * seed page matches its schema, so {@code DecodeBenchmark} measures only the clean case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DriftDecodeBenchmark {
  private byte[] page;
  private ObjectReader reader;
  private Class<?> driftKey;
  private Constructor<?> newDriftObservations;

  @Setup
  public void setUp() throws IOException, ReflectiveOperationException {
    String clean =
        new String(
            new SyntheticChatPages().page(0, SyntheticChatPages.MAX_PAGE, 100_000),
            StandardCharsets.UTF_8);
    String drifting = clean.replace("\"chat_id\":", "\"sla_tier\":2,\"chat_id\":");
    if (drifting.equals(clean)) {
      throw new IllegalStateException("no drift added to the page");
    }
    page = drifting.getBytes(StandardCharsets.UTF_8);
    reader =
        JsonCodec.newObjectMapper()
            .registerModule(PeriskopeClient.jsonModule())
            .readerFor(ListChatsResponse.class);
    // Package-private in the runtime, reached as DecodeBenchmark does.
    driftKey = Class.forName("dev.typewire.runtime.DriftObservations");
    newDriftObservations = driftKey.getDeclaredConstructor();
    newDriftObservations.setAccessible(true);
  }

  /** Recording off: unknown properties are skipped. */
  @Benchmark
  public ListChatsResponse recordingOff() throws IOException {
    return reader.readValue(page);
  }

  /** Recording on, as every client call decodes. */
  @Benchmark
  public ListChatsResponse recordingOn() throws IOException, ReflectiveOperationException {
    return reader.withAttribute(driftKey, newDriftObservations.newInstance()).readValue(page);
  }
}
