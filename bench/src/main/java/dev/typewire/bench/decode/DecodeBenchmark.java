package dev.typewire.bench.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.bench.SyntheticChatPages;
import dev.typewire.bench.hand.HandChatPage;
import dev.typewire.bench.hand.HandChatPageParser;
import dev.typewire.bench.oag.ApiClient;
import dev.typewire.bench.periskope.ListChatsResponse;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
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

  @Setup
  public void setUp() throws IOException {
    page = new SyntheticChatPages().page(0, SyntheticChatPages.MAX_PAGE, 100_000);
    typewireMapper = JsonCodec.newObjectMapper();
    openapiGeneratorMapper = ApiClient.createDefaultObjectMapper();
    plainMapper = new ObjectMapper();
    handParser = new HandChatPageParser(plainMapper);
    DecodeCheck.verify(typewire(), handStreaming(), openapiGenerator(), readTree());
  }

  /** Typewire's generated records, bound by Jackson databind with the runtime's mapper. */
  @Benchmark
  public ListChatsResponse typewire() throws IOException {
    return typewireMapper.readValue(page, ListChatsResponse.class);
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

  /** OpenAPI Generator 7.x java/native models, bound with its ApiClient's default mapper. */
  @Benchmark
  public dev.typewire.bench.oag.model.ListChatsResponse openapiGenerator() throws IOException {
    return openapiGeneratorMapper.readValue(
        page, dev.typewire.bench.oag.model.ListChatsResponse.class);
  }
}
