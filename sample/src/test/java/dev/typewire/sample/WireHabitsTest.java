package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.DeliveryInfo;
import dev.typewire.sample.periskope.Message;
import dev.typewire.sample.periskope.MessageId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per habit of Periskope's wire format (see the reference notes, B.5), each decoding a
 * small document into the generated records with the runtime's codec.
 */
class WireHabitsTest {

  private final ObjectMapper codec = mapper();

  /** Jackson's reflective decoding of the records; {@link WireHabitsWithCodecsTest} adds codecs. */
  ObjectMapper mapper() {
    return JsonCodec.newObjectMapper();
  }

  private <T> T decode(String json, Class<T> type) throws Exception {
    return codec.readValue(json.replace('\'', '"'), type);
  }

  private JsonNode encode(Object value) throws Exception {
    return codec.readTree(codec.writeValueAsString(value));
  }

  @Test
  void booleanSentAsStringDecodesAndIsWrittenBackAsString() throws Exception {
    Chat off = decode("{'member_add_mode': 'false'}", Chat.class);
    Chat on = decode("{'member_add_mode': 'true'}", Chat.class);
    assertEquals(Boolean.FALSE, off.memberAddMode());
    assertEquals(Boolean.TRUE, on.memberAddMode());
    // The seed sends a string, so a re-encoded chat must too.
    assertEquals("false", encode(off).path("member_add_mode").textValue());
  }

  @Test
  void plainBooleanIsAcceptedWhereStringsAreUsual() throws Exception {
    assertEquals(Boolean.TRUE, decode("{'member_add_mode': true}", Chat.class).memberAddMode());
  }

  @Test
  void numberSentAsStringDecodes() throws Exception {
    Message message = decode("{'ack': '4'}", Message.class);
    assertEquals(4, message.ack());
    assertEquals("4", encode(message).path("ack").textValue());
  }

  @Test
  void numberSentAsNumberDecodesToo() throws Exception {
    assertEquals(4, decode("{'ack': 4}", Message.class).ack());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2025-01-24T05:11:03+00:00,        2025-01-24T05:11:03Z",
    "2025-01-17T08:44:02.6+00:00,      2025-01-17T08:44:02.600Z",
    "2025-03-10T12:11:19.52+00:00,     2025-03-10T12:11:19.520Z",
    "2025-01-21T11:14:16.233+00:00,    2025-01-21T11:14:16.233Z",
    "2025-01-20T12:03:21.10113+00:00,  2025-01-20T12:03:21.101130Z",
    "2025-01-24T05:11:10.691753+00:00, 2025-01-24T05:11:10.691753Z",
  })
  void timestampsWithAnyFractionDigitsDecodeAndReencodeUnchanged(String wire, String instant)
      throws Exception {
    Message message = decode("{'timestamp': '" + wire + "'}", Message.class);
    assertEquals(Instant.parse(instant), message.timestamp().toInstant());
    assertEquals(ZoneOffset.UTC, message.timestamp().getOffset());
    assertEquals(wire, encode(message).path("timestamp").textValue());
  }

  @Test
  void epochSentinelIsAnOrdinaryInstant() throws Exception {
    Chat chat = decode("{'created_at': '1970-01-01T00:00:00+00:00'}", Chat.class);
    assertEquals(Instant.EPOCH, chat.createdAt().toInstant());
    assertEquals("1970-01-01T00:00:00+00:00", encode(chat).path("created_at").textValue());
  }

  @Test
  void postgresStyleTimestampDecodes() throws Exception {
    Message message = decode("{'timestamp': '2024-05-13 11:19:34+00'}", Message.class);
    assertEquals(OffsetDateTime.parse("2024-05-13T11:19:34Z"), message.timestamp());
  }

  @Test
  void zuluTimestampDecodes() throws Exception {
    Message message = decode("{'timestamp': '2026-04-01T14:23:21.279Z'}", Message.class);
    assertEquals(Instant.parse("2026-04-01T14:23:21.279Z"), message.timestamp().toInstant());
  }

  @Test
  void deliveryInfoMapsHoldEpochMilliseconds() throws Exception {
    DeliveryInfo info =
        decode(
            "{'delivered': {'919971844008@c.us': 1737457813000}, 'delivered_count': 1,"
                + " 'pending': [], 'read': {'919971844008@c.us': 1737457847000}, 'read_count': 1}",
            DeliveryInfo.class);
    assertEquals(Instant.ofEpochMilli(1737457813000L), info.delivered().get("919971844008@c.us"));
    assertEquals(Instant.ofEpochMilli(1737457847000L), info.read().get("919971844008@c.us"));
    assertEquals(
        1737457813000L, encode(info).path("delivered").path("919971844008@c.us").longValue());
  }

  @Test
  void deliveryInfoWithoutReceiptsOmitsTheMaps() throws Exception {
    DeliveryInfo info =
        decode("{'delivered_count': 0, 'pending': [], 'read_count': 0}", DeliveryInfo.class);
    assertNull(info.delivered());
    assertNull(info.read());
    assertEquals(0, info.deliveredCount());
    // The API omits the maps when empty; writing them as null would change the document.
    JsonNode again = encode(info);
    assertFalse(again.has("delivered"), again::toString);
    assertFalse(again.has("read"), again::toString);
  }

  @Test
  void unknownChatTypeIsKeptAndWrittenBackUnchanged() throws Exception {
    Chat chat = decode("{'chat_type': 'community'}", Chat.class);
    assertEquals("community", chat.chatType().value());
    assertFalse(chat.chatType().isKnown());
    assertEquals("community", encode(chat).path("chat_type").textValue());
  }

  @Test
  void knownChatTypeIsTheConstant() throws Exception {
    Chat chat = decode("{'chat_type': 'group'}", Chat.class);
    assertSame(ChatType.GROUP, chat.chatType());
    assertTrue(chat.chatType().isKnown());
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    Chat chat =
        decode(
            "{'chat_id': '1@g.us', 'added_next_year': {'nested': [1, 2]}, 'another': 'x'}",
            Chat.class);
    assertEquals("1@g.us", chat.chatId());
  }

  @Test
  void messageIdInTheWebhookShapeDecodesAndReencodesUnchanged() throws Exception {
    String webhook =
        "{'id': '3EB0E9AF26D15A11C939', 'fromMe': true, 'remote': '120363373936603867@g.us',"
            + " '_serialized': 'true_120363373936603867@g.us_3EB0E9AF26D15A11C939'}";
    MessageId id = decode(webhook, MessageId.class);
    assertEquals("3EB0E9AF26D15A11C939", id.id());
    // The webhook spelling keeps the camel-case name; the REST one keeps its wire spelling.
    assertEquals(Boolean.TRUE, id.fromMe());
    assertEquals("120363373936603867@g.us", id.remote());
    assertEquals("true_120363373936603867@g.us_3EB0E9AF26D15A11C939", id._serialized());
    // The REST-shape properties stay absent rather than appearing as nulls.
    assertNull(id.from_me());
    assertEquals(codec.readTree(webhook.replace('\'', '"')), encode(id));
  }

  @Test
  void messageIdInTheRestShapeDecodes() throws Exception {
    MessageId id =
        decode(
            "{'from_me': false, 'id': 'X', 'remote': 'r@g.us', 'serialized': 'false_r@g.us_X'}",
            MessageId.class);
    assertEquals(Boolean.FALSE, id.from_me());
    assertEquals("false_r@g.us_X", id.serialized());
    assertNull(id.fromMe());
  }
}
