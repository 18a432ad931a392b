package dev.typewire.bench.paging;

import dev.typewire.bench.periskope.Chat;
import dev.typewire.bench.periskope.ListAllChatsParams;
import dev.typewire.bench.periskope.PeriskopeClient;

/**
 * Pages through every chat with {@code listAllChatsAutoPaging}, keeping nothing, and checks that it
 * saw the expected number with distinct ids in order. Meant to run with a small heap. Exit 0 on
 * success.
 */
public final class PaginationClient {
  public static void main(String[] args) {
    String baseUrl = args[0];
    int expected = Integer.parseInt(args[1]);
    PeriskopeClient client =
        PeriskopeClient.builder().baseUrl(baseUrl).bearerToken("bench-token").build();
    int count = 0;
    String previous = "";
    for (Chat chat : client.chats().listAllChatsAutoPaging(ListAllChatsParams.builder().build())) {
      if (chat.chatId().equals(previous)) {
        throw new IllegalStateException("chat " + count + " repeats " + previous);
      }
      previous = chat.chatId();
      count++;
    }
    long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
    System.out.println("chats=" + count + " of " + expected + ", max heap " + maxHeap + " MiB");
    System.exit(count == expected ? 0 : 1);
  }
}
