package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {

  record Upload(Bytes data) {}

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  @Test
  void recordsCompareAndPrintByContent() {
    Upload a = new Upload(Bytes.of("hello".getBytes(StandardCharsets.US_ASCII)));
    Upload b = new Upload(Bytes.of("hello".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("Upload[data=Bytes[5: aGVsbG8=]]", a.toString());
    assertNotEquals(a, new Upload(Bytes.of(new byte[] {1})));
  }

  @Test
  void isImmutable() {
    byte[] source = {1, 2, 3};
    Bytes bytes = Bytes.of(source);
    source[0] = 9;
    bytes.toByteArray()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, bytes.toByteArray());
  }

  @Test
  void roundTripsAsBase64() throws Exception {
    String json = "{\"data\":\"/+8A\"}";
    Upload upload = mapper.readValue(json, Upload.class);
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xef, 0}, upload.data().toByteArray());
    assertEquals(json, mapper.writeValueAsString(upload));
  }

  @Test
  void readsUrlSafeUnpaddedAndWrappedText() throws Exception {
    assertEquals(
        Bytes.fromBase64("/+8A"), mapper.readValue("{\"data\":\"_-8A\"}", Upload.class).data());
    assertEquals(Bytes.fromBase64("aGVsbG8="), Bytes.fromBase64("aGVs\r\nbG8"));
  }

  @Test
  void refusesTextThatIsNotBase64() {
    assertThrows(
        JsonMappingException.class, () -> mapper.readValue("{\"data\":\"*?\"}", Upload.class));
  }

  @Test
  void printsOnlyTheStartOfLargeContent() {
    String printed = Bytes.of(new byte[1000]).toString();
    assertTrue(printed.startsWith("Bytes[1000: AAAA"), printed);
    assertTrue(printed.length() < 60, printed);
  }
}
