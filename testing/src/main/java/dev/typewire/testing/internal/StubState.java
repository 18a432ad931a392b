package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.testing.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The answers, items and page cap one operation was given; what a public {@code Stub} writes and
 * the fake's responder reads, from the server's threads.
 */
public final class StubState {

  private record Conditional(Predicate<RecordedCall> matcher, AnswerList answers) {}

  private final String operationId;
  private final List<Conditional> conditional = new ArrayList<>();
  private AnswerList unconditional = new AnswerList();
  private List<JsonNode> items;
  private int maxPageSize;

  public StubState(String operationId) {
    this.operationId = operationId;
  }

  public String operationId() {
    return operationId;
  }

  public synchronized void add(Answer answer) {
    unconditional.add(answer);
  }

  /**
   * Starts the answers for calls {@code matcher} accepts; returns their index for {@link #addWhen}.
   */
  public synchronized int when(Predicate<RecordedCall> matcher) {
    conditional.add(new Conditional(matcher, new AnswerList()));
    return conditional.size() - 1;
  }

  public synchronized void addWhen(int index, Answer answer) {
    conditional.get(index).answers().add(answer);
  }

  public synchronized void items(List<JsonNode> items) {
    this.items = List.copyOf(items);
  }

  public synchronized List<JsonNode> items() {
    return items;
  }

  public synchronized void maxPageSize(int max) {
    this.maxPageSize = max;
  }

  /** The page cap; 0 when none was set. */
  public synchronized int maxPageSize() {
    return maxPageSize;
  }

  /**
   * The answer to {@code call}: the first matching conditional one, else the next unconditional
   * one; null when the stub has none for it.
   */
  public synchronized Answer next(RecordedCall call) {
    for (Conditional each : conditional) {
      if (!each.answers().isEmpty() && each.matcher().test(call)) {
        return each.answers().take();
      }
    }
    return unconditional.take();
  }

  public synchronized void reset() {
    conditional.clear();
    unconditional = new AnswerList();
    items = null;
    maxPageSize = 0;
  }
}
