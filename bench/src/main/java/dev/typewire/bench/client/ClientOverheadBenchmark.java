package dev.typewire.bench.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.bench.LoopbackChatServer;
import dev.typewire.bench.SyntheticChatPages;
import dev.typewire.bench.periskope.ListAllChatsParams;
import dev.typewire.bench.periskope.ListChatsResponse;
import dev.typewire.bench.periskope.PeriskopeClient;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Requests per second for one small page (3 chats, one with a latest message) from a loopback
 * server: the generated client against raw HttpClient plus the same Jackson decoding. Both share
 * one HTTP/1.1 HttpClient, send the same headers and decode into the same records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientOverheadBenchmark {
  private static final String TOKEN = "bench-token";
  private static final String PHONE = "918527184400";

  private LoopbackChatServer server;
  private PeriskopeClient client;
  private ListAllChatsParams params;
  private HttpClient http;
  private ObjectMapper mapper;
  private HttpRequest rawRequest;
  private HttpRequest rawRequestWithTimeout;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] page = smallPage();
    server = new LoopbackChatServer((offset, limit) -> page);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    client =
        PeriskopeClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken(TOKEN)
            .phone(PHONE)
            .httpClient(http)
            .build();
    params = ListAllChatsParams.builder().offset(0).limit(3).build();
    mapper = JsonCodec.newObjectMapper();
    rawRequest =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chats?offset=0&limit=3"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("x-phone", PHONE)
            .header("Accept", "application/json")
            .GET()
            .build();
    rawRequestWithTimeout =
        HttpRequest.newBuilder(rawRequest, (name, value) -> true)
            .timeout(Duration.ofSeconds(30))
            .build();
    if (generatedClient().chats().size() != rawHttpClient().chats().size()) {
      throw new IllegalStateException("the two sides decoded different pages");
    }
  }

  /** Seed chats 20 to 22; chat 21 carries a latest message. */
  private static byte[] smallPage() {
    return new SyntheticChatPages().page(20, 3, 23);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
  }

  @Benchmark
  public ListChatsResponse generatedClient() {
    return client.chats().listAllChats(params);
  }

  @Benchmark
  public ListChatsResponse rawHttpClient() throws IOException {
    return raw(rawRequest);
  }

  /**
   * Not part of any RESULT: the raw side with the 30 s request timeout the generated client always
   * sets, to show how much of the gap a per-request timeout explains.
   */
  @Benchmark
  public ListChatsResponse rawHttpClientWithTimeout() throws IOException {
    return raw(rawRequestWithTimeout);
  }

  private ListChatsResponse raw(HttpRequest request) throws IOException {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("status " + response.statusCode());
      }
      return mapper.readValue(response.body(), ListChatsResponse.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
