package dev.typewire.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Schema prose is wrapped at spaces, and only there, without making Javadoc strip a star. */
class JavadocsWrapTest {

  private static final String PERISKOPE =
      "Retrieves a paginated list of chats, sorted by timestamp. Members associated with a chat"
          + " are not returned; fetch a specific chat with Get Chat By ID.";

  @Test
  void longLinesBreakAtSpacesWithinTheWidth() {
    String wrapped = Javadocs.wrap(PERISKOPE, 0);

    assertEquals(PERISKOPE, wrapped.replace('\n', ' '), "only spaces became line breaks");
    String[] lines = wrapped.split("\n");
    assertEquals(2, lines.length, wrapped);
    for (String line : lines) {
      assertTrue(line.length() <= Javadocs.WIDTH, line);
      assertFalse(line.startsWith(" ") || line.endsWith(" "), line);
    }
  }

  @Test
  void shortLinesAndExistingBreaksStay() {
    String text = "Short.\n\n<p>" + PERISKOPE.substring(0, 60) + "\nNext line.";

    assertEquals(text, Javadocs.wrap(text, 0));
  }

  @Test
  void neverBreaksBeforeAStarAnAtSignOrIntoABlankLine() {
    // A break before "*" would start a comment line with it, which Javadoc strips.
    String stars = "x".repeat(Javadocs.WIDTH - 2) + " *bold* and more words after it";
    String wrapped = Javadocs.wrap(stars, 0);

    for (String line : wrapped.split("\n")) {
      assertFalse(line.startsWith("*"), wrapped);
    }
    String tag = "x".repeat(Javadocs.WIDTH - 2) + " @return would be a block tag";
    for (String line : Javadocs.wrap(tag, 0).split("\n")) {
      assertFalse(line.startsWith("@"), Javadocs.wrap(tag, 0));
    }
    String spaces = "y".repeat(Javadocs.WIDTH) + "  two spaces";
    assertFalse(Javadocs.wrap(spaces, 0).contains("\n\n"), Javadocs.wrap(spaces, 0));
  }

  @Test
  void theFirstLineLeavesRoomForTheTemplatesLead() {
    String lead = "@param chatId ";
    String wrapped = Javadocs.wrap(PERISKOPE, lead.length());

    assertTrue(wrapped.indexOf('\n') + lead.length() <= Javadocs.WIDTH, wrapped);
    assertEquals(PERISKOPE, wrapped.replace('\n', ' '));
    // A lead longer than the width breaks at the first space, never before the text.
    assertEquals("one\ntwo", Javadocs.wrap("one two", Javadocs.WIDTH + 5));
  }

  @Test
  void paramTextContinuesIndented() {
    String wrapped = Javadocs.param("chatId", PERISKOPE);

    String[] lines = wrapped.split("\n");
    assertTrue(lines.length > 1, wrapped);
    assertTrue("@param chatId ".length() + lines[0].length() <= Javadocs.WIDTH, wrapped);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].startsWith("    ") && !lines[i].startsWith("     "), wrapped);
      assertTrue(lines[i].length() <= Javadocs.WIDTH, wrapped);
    }
    assertEquals(PERISKOPE, wrapped.replace("\n    ", " "));
  }

  @Test
  void aWordLongerThanTheWidthIsKeptWhole() {
    String url = "https://example.com/" + "a".repeat(Javadocs.WIDTH) + " then text";

    assertEquals(
        "https://example.com/" + "a".repeat(Javadocs.WIDTH) + "\nthen text", Javadocs.wrap(url, 0));
  }
}
