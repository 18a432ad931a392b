package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerUrlTest {

  private static final String TEMPLATE = "https://{region}.api.example.com:{port}/{base}/";
  private static final Map<String, String> DEFAULTS =
      Map.of("region", "us", "port", "443", "base", "v1/api");

  @Test
  void fillsDefaultsAndSetValuesAndDropsTheTrailingSlash() {
    assertEquals(
        "https://us.api.example.com:443/v1/api", ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of()));
    assertEquals(
        "https://eu.api.example.com:8443/v2/x",
        ServerUrl.expand(
            TEMPLATE, DEFAULTS, Map.of("region", "eu", "port", "8443", "base", "v2/x")));
  }

  @Test
  void aSlashIsRefusedWhereTheDefaultHasNone() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of("region", "evil.com/x")));
    assertTrue(e.getMessage().contains("region"), e.getMessage());
  }

  @Test
  void queryAndFragmentCharactersAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of("base", "v1?x=1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of("base", "v1#top")));
  }

  @Test
  void otherCharactersArePercentEncoded() {
    assertEquals(
        "https://us.api.example.com:443/a%20b%40c",
        ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of("base", "a b@c")));
  }

  @Test
  void aValueThatBreaksTheHostFailsWithTheTemplateInTheMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerUrl.expand(TEMPLATE, DEFAULTS, Map.of("region", "user@evil.com")));
    assertTrue(e.getMessage().contains(TEMPLATE), e.getMessage());
  }

  @Test
  void aVariableWithoutDefaultMustBeSet() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerUrl.expand("https://{tenant}.example.com", Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("tenant"), e.getMessage());
    assertEquals(
        "https://acme.example.com",
        ServerUrl.expand("https://{tenant}.example.com", Map.of(), Map.of("tenant", "acme")));
  }

  @Test
  void aRelativeResultIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerUrl.expand("/{base}", Map.of("base", "v1"), Map.of()));
  }

  @Test
  void allowedValuesAreChecked() {
    assertEquals("eu", ServerUrl.allowedValue("region", "eu", "us", "eu"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerUrl.allowedValue("region", "mars", "us", "eu"));
    assertEquals("server variable region must be one of [us, eu], not mars", e.getMessage());
  }

  @Test
  void relativeServersResolveAgainstTheBaseAsADirectory() {
    URI base = URI.create("https://api.example.com/v1");
    assertEquals(URI.create("https://api.example.com/v1/files"), ServerUrl.resolve(base, "files"));
    assertEquals(URI.create("https://api.example.com/files"), ServerUrl.resolve(base, "/files/"));
    assertEquals(
        URI.create("https://files.example.com"),
        ServerUrl.resolve(base, "https://files.example.com"));
  }
}
