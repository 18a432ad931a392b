package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@code x-typewire-pagination} style, generated, compiled together with code that calls the
 * pagers as a user would, and run against a loopback server holding 1,000 items that caps every
 * page at 100 whatever is asked (2000): each pager, blocking and asynchronous, reaches the end.
 */
class PagingGenerationTest {

  private static final int ITEMS = 1_000;
  private static final int CAP = 100;

  /** Calls each generated pager the way user code would, and returns the ids it saw. */
  private static final String DRIVER =
      """
      package com.example.broken;

      import dev.typewire.runtime.RequestOptions;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Function;

      public final class PagingDriver {
        private PagingDriver() {}

        public static List<String> run(String baseUrl, String style) throws Exception {
          ItemsApi items = PagingClient.builder().baseUrl(baseUrl).build().items();
          RequestOptions options = RequestOptions.builder().header("x-run", style).build();
          Function<Item, String> id = Item::id;
          List<String> seen = new ArrayList<>();
          switch (style) {
            case "offset" -> items.listByOffsetAutoPaging(ListByOffsetParams.builder().build(), options).forEach(i -> seen.add(id.apply(i)));
            case "page" -> items.listByPageAutoPaging(ListByPageParams.builder().build()).forEach(i -> seen.add(id.apply(i)));
            case "cursor" -> items.listByCursorAutoPaging(ListByCursorParams.builder().build()).forEach(i -> seen.add(id.apply(i)));
            case "linked" -> items.listLinkedAutoPaging(ListLinkedParams.builder().cursor("0").build()).forEach(i -> seen.add(id.apply(i)));
            case "offset-async" -> items.listByOffsetAutoPagingAsync(ListByOffsetParams.builder().build(), options)
                .thenCompose(first -> first.forEachRemaining(i -> seen.add(id.apply(i)))).get();
            case "page-async" -> items.listByPageAutoPagingAsync(ListByPageParams.builder().build(), options)
                .thenCompose(first -> first.forEachRemaining(i -> seen.add(id.apply(i)))).get();
            case "cursor-async" -> items.listByCursorAutoPagingAsync(ListByCursorParams.builder().build(), options)
                .thenCompose(first -> first.forEachRemaining(i -> seen.add(id.apply(i)))).get();
            case "linked-async" -> items.listLinkedAutoPagingAsync(ListLinkedParams.builder().cursor("0").build(), options)
                .thenCompose(first -> first.forEachRemaining(i -> seen.add(id.apply(i)))).get();
            default -> throw new IllegalArgumentException(style);
          }
          return seen;
        }
      }
      """;

  private static LoopbackServer server;
  private static final GeneratedClasses classes =
      GeneratedClasses.compileWithDriver(
          "openapi/paging.yaml", "PagingDriver", DRIVER, "-Xlint:all,-processing", "-Werror");

  @BeforeAll
  static void start() {
    server = LoopbackServer.responding(PagingGenerationTest::page);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** At most CAP items from the position the request names; every paging signal given. */
  private static void page(LoopbackServer.Request request, HttpExchange exchange)
      throws IOException {
    Map<String, String> query = query(request.rawQuery());
    int from =
        switch (request.rawPath()) {
          case "/offset" -> Integer.parseInt(query.getOrDefault("offset", "0"));
          case "/pages" -> (Integer.parseInt(query.get("page")) - 1) * CAP;
          default -> Integer.parseInt(query.getOrDefault("cursor", "0"));
        };
    int to = Math.min(from + CAP, ITEMS);
    String items =
        IntStream.range(from, Math.max(from, to))
            .mapToObj(i -> "{\"id\":\"i" + i + "\"}")
            .collect(Collectors.joining(",", "[", "]"));
    String next = to < ITEMS ? "\"" + to + "\"" : "null";
    String body =
        request.rawPath().equals("/linked")
            ? items
            : "{\"items\":"
                + items
                + ",\"has_more\":"
                + (to < ITEMS)
                + ",\"meta\":{\"total\":"
                + ITEMS
                + ",\"next\":"
                + next
                + "}}";
    if (request.rawPath().equals("/linked") && to < ITEMS) {
      exchange.getResponseHeaders().add("Link", "</linked?cursor=" + to + ">; rel=\"next\"");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&", -1)) {
        String[] parts = pair.split("=", 2);
        values.put(parts[0], parts[1]);
      }
    }
    return values;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "offset",
        "page",
        "cursor",
        "linked",
        "offset-async",
        "page-async",
        "cursor-async",
        "linked-async"
      })
  void aCappingServerIsPagedToTheEnd(String style) throws Exception {
    int before = server.requests().size();
    @SuppressWarnings("unchecked")
    List<String> seen =
        (List<String>)
            classes
                .load(SchemaCompiler.PKG + ".PagingDriver")
                .getMethod("run", String.class, String.class)
                .invoke(null, server.baseUrl(), style);

    assertEquals(IntStream.range(0, ITEMS).mapToObj(i -> "i" + i).toList(), seen, style + " items");
    List<LoopbackServer.Request> sent = server.requests().subList(before, server.requests().size());
    // Ten capped pages; the declared total, has_more, a missing cursor or Link end the listing
    // without asking for an empty eleventh.
    assertEquals(10, sent.size(), style + " requests");
    Function<LoopbackServer.Request, String> second = r -> r.rawPath() + "?" + r.rawQuery();
    String expected =
        switch (style.replace("-async", "")) {
          case "offset" -> "/offset?offset=100&limit=2000";
          case "page" -> "/pages?page=2&per_page=2000";
          case "cursor" -> "/cursor?cursor=100";
          default -> "/linked?cursor=100";
        };
    assertEquals(expected, second.apply(sent.get(1)));
    if (style.startsWith("offset")) {
      assertTrue(
          sent.stream()
              .allMatch(
                  r ->
                      "offset".equals(r.header("x-run"))
                          || "offset-async".equals(r.header("x-run"))),
          "request options reach every page");
    }
  }

  /**
   * javac reports one diagnostic per position, and all of the processor's sit on the annotation, so
   * each case compiles alone.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "next-cursor|\"next-cursor\": \"/meta/n\"|x-typewire-pagination/next-cursor: the success"
            + " response has no string property '/meta/n' holding the next page's cursor. The declaration is"
            + " ignored",
        "total|\"next-cursor\": \"/meta/s\", \"total\": \"/meta/s\"|x-typewire-pagination/total:"
            + " the success response has no integer property '/meta/s'; it is ignored and paging"
            + " runs until an empty page",
        "unknown key|\"next-cursor\": \"/meta/s\", \"has_more\": \"more\"|x-typewire-pagination:"
            + " unknown key(s) 'has_more' are ignored"
      })
  void whatCannotBeFollowedIsNamedInAWarning(String testCase, @TempDir Path dir) throws Exception {
    String[] parts = testCase.split("\\|", -1);
    Files.writeString(
        dir.resolve("paging.json"),
        """
        {"openapi": "3.0.3", "info": {"title": "Paging", "version": "1"},
         "paths": {"/a": {"get": {"operationId": "listA", "tags": ["items"],
           "x-typewire-pagination": {"style": "cursor", "cursor": "cursor", "items": "items", %s},
           "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
           "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
             {"$ref": "#/components/schemas/Page"}}}}}}}},
         "components": {"schemas": {
           "Meta": {"type": "object", "properties": {"n": {"type": "integer"}, "s": {"type": "string"}}},
           "Page": {"type": "object", "properties": {
             "items": {"type": "array", "items": {"type": "string"}},
             "meta": {"$ref": "#/components/schemas/Meta"}}}}}}
        """
            .formatted(parts[1]));
    Compilation compilation =
        SchemaCompiler.compile(
            "paging.json", "-sourcepath", dir.toString(), "-Xlint:all,-processing");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[TW-PAGINATION] paging.json:")
        .inFile(SchemaCompiler.packageInfo("paging.json"));
    assertThat(compilation).hadWarningContaining(parts[2]);
    Class<?> api = new GeneratedClasses(compilation).load(SchemaCompiler.PKG + ".ItemsApi");
    List<String> methods = Arrays.stream(api.getMethods()).map(Method::getName).toList();
    // Only a next cursor that cannot be read costs the pager.
    assertEquals(!parts[0].equals("next-cursor"), methods.contains("listAAutoPaging"), testCase);
    assertEquals(
        !parts[0].equals("next-cursor"), methods.contains("listAAutoPagingAsync"), testCase);
  }
}
