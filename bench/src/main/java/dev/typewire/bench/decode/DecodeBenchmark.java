package dev.typewire.bench.decode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.typewire.bench.SyntheticChatPages;
import dev.typewire.bench.hand.HandChatPage;
import dev.typewire.bench.hand.HandChatPageParser;
import dev.typewire.bench.oag.ApiClient;
import dev.typewire.bench.periskope.ListChatsResponse;
import dev.typewire.bench.periskope.PeriskopeClient;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one 2000-chat "List all chats" page (about 3 MB) from bytes, four ways. Each method
 * returns its result so JMH keeps it alive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  private byte[] page;
  private ObjectMapper typewireMapper;
  private ObjectMapper openapiGeneratorMapper;
  private ObjectMapper plainMapper;
  private HandChatPageParser handParser;
  private ObjectReader typewireReader;
  private Class<?> driftKey;
  private Constructor<?> newDriftObservations;

  @Setup
  public void setUp() throws IOException {
    page = new SyntheticChatPages().page(0, SyntheticChatPages.MAX_PAGE, 100_000);
    // As the generated client's mapper: with the generated codecs.
    typewireMapper = JsonCodec.newObjectMapper().registerModule(PeriskopeClient.jsonModule());
    openapiGeneratorMapper = ApiClient.createDefaultObjectMapper();
    plainMapper = new ObjectMapper();
    handParser = new HandChatPageParser(plainMapper);
    typewireReader = typewireMapper.readerFor(ListChatsResponse.class);
    // Package-private in the runtime on purpose (no public hook for benchmarks): reached here the
    // way the runtime's own decode call attaches it, as an ObjectReader attribute.
    try {
      driftKey = Class.forName("dev.typewire.runtime.DriftObservations");
      newDriftObservations = driftKey.getDeclaredConstructor();
      newDriftObservations.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("runtime without drift recording", e);
    }
    DecodeCheck.verify(typewire(), handStreaming(), openapiGenerator(), readTree());
  }

  /** Typewire's generated records, read by their generated codecs with the client's mapper. */
  @Benchmark
  public ListChatsResponse typewire() throws IOException {
    return typewireMapper.readValue(page, ListChatsResponse.class);
  }

  /** As {@link #typewire()} through a reader, as the runtime decodes with recording off. */
  @Benchmark
  public ListChatsResponse typewireReader() throws IOException {
    return typewireReader.readValue(page);
  }

  /** As {@link #typewireReader()} with drift recording on, as every client call decodes. */
  @Benchmark
  public ListChatsResponse typewireRecordingDrift()
      throws IOException, ReflectiveOperationException {
    Object observations = newDriftObservations.newInstance();
    return typewireReader.withAttribute(driftKey, observations).readValue(page);
  }

  /** A hand-written JsonParser loop into hand-written classes: the practical limit. */
  @Benchmark
  public HandChatPage handStreaming() throws IOException {
    return handParser.parse(page);
  }

  /** Jackson's tree model, no binding. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return plainMapper.readTree(page);
  }

  /**
   * The floor under every decoder on this parser: the page's tokens and nothing else, each property
   * name and string value materialized as a {@code String} and each number as a primitive, as any
   * binder must before it can bind them. Not a {@code @Benchmark}: {@code bench/run.sh} reports
   * ratios between decoders, and this is no decoder; {@link DecodeCpuTime} compares the decoders
   * against it (side {@code tokenize}).
   *
   * @return a sum over everything read, so that none of the reading is dead code
   */
  public long tokenize() throws IOException {
    long sum = 0;
    try (JsonParser parser = plainMapper.createParser(page)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        sum +=
            switch (token) {
              case FIELD_NAME -> parser.currentName().length();
              case VALUE_STRING -> parser.getText().length();
              case VALUE_NUMBER_INT -> parser.getLongValue();
              case VALUE_NUMBER_FLOAT -> (long) parser.getDoubleValue();
              default -> 1;
            };
      }
    }
    return sum;
  }

  /** OpenAPI Generator 7.x java/native models, bound with its ApiClient's default mapper. */
  @Benchmark
  public dev.typewire.bench.oag.model.ListChatsResponse openapiGenerator() throws IOException {
    return openapiGeneratorMapper.readValue(
        page, dev.typewire.bench.oag.model.ListChatsResponse.class);
  }
}
