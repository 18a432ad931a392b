package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.typewire.testing.internal.MultipartParts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartPartsTest {

  private static final String TYPE = "multipart/form-data; boundary=XyZ";

  @Test
  void readsFieldsAndFilesWithTheirBytes() {
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\na cat\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\r\n--X\r\n"
            + "--XyZ--\r\n";

    List<MultipartParts.Part> parts =
        MultipartParts.parse(TYPE, body.getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(2, parts.size());
    assertEquals("note", parts.get(0).name());
    assertNull(parts.get(0).filename());
    assertEquals("a cat", parts.get(0).text());
    assertEquals("c.bin", parts.get(1).filename());
    assertEquals("application/octet-stream", parts.get(1).contentType());
    assertArrayEquals("\r\n--X".getBytes(StandardCharsets.ISO_8859_1), parts.get(1).content());
  }

  @Test
  void aBodyThatIsNotWhatItsTypeSaysIsRefused() {
    byte[] unclosed =
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"
            .getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> MultipartParts.parse(TYPE, unclosed));
    assertThrows(
        IllegalArgumentException.class,
        () -> MultipartParts.parse("multipart/form-data", unclosed));
  }
}
