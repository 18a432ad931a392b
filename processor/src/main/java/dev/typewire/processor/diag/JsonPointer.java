package dev.typewire.processor.diag;

/** Builds RFC 6901 JSON pointers in URI-fragment form ({@code #/paths/~1chats/get}). */
public final class JsonPointer {

  private JsonPointer() {}

  public static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
