package dev.typewire.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lists every difference between two JSON trees by JSON pointer, so a failing round trip names the
 * exact fields instead of printing two 35 KB documents. Leaves are compared with {@link
 * JsonNode#equals}, which also tells a string "4" from a number 4 and a null from a missing key.
 */
final class JsonTreeDiff {

  private JsonTreeDiff() {}

  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    return differences;
  }

  private static void compare(
      String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!expected.has(name)) {
          out.add(child + ": unexpected, was " + actual.get(name));
        } else if (!actual.has(name)) {
          out.add(child + ": missing, expected " + expected.get(name));
        } else {
          compare(child, expected.get(name), actual.get(name), out);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      Iterator<JsonNode> left = expected.elements();
      Iterator<JsonNode> right = actual.elements();
      for (int i = 0; left.hasNext(); i++) {
        compare(pointer + "/" + i, left.next(), right.next(), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(
          (pointer.isEmpty() ? "/" : pointer)
              + ": expected "
              + expected
              + " ("
              + expected.getNodeType()
              + ") but was "
              + actual
              + " ("
              + actual.getNodeType()
              + ")");
    }
  }
}
