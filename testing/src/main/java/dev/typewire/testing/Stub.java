package dev.typewire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.testing.internal.Answer;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.StubBodies;
import dev.typewire.testing.internal.StubState;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The answers of one operation of a {@link FakeServer}: obtained with {@link
 * FakeServer#operation(String)}, forgotten by {@link FakeServer#reset()}. Bodies are refused (with
 * {@link IllegalArgumentException}) when the description's schema for that response does not admit
 * them.
 */
public final class Stub implements Answers {

  private final StubState state;
  private final Endpoint endpoint;
  private final StubBodies bodies;
  private final Supplier<List<RecordedCall>> allCalls;
  private final String itemsPointer;

  Stub(
      StubState state,
      Endpoint endpoint,
      StubBodies bodies,
      String itemsPointer,
      Supplier<List<RecordedCall>> allCalls) {
    this.state = state;
    this.endpoint = endpoint;
    this.bodies = bodies;
    this.itemsPointer = itemsPointer;
    this.allCalls = allCalls;
  }

  /**
   * Starts answers for the calls {@code matcher} accepts only. They are checked before the
   * unconditional answers, in the order the matchers were given.
   *
   * @param matcher which calls the answers that follow are for
   * @return where to append those answers
   */
  public Answers when(Predicate<RecordedCall> matcher) {
    int index = state.when(matcher);
    return new AnswerAppender(answer -> state.addWhen(index, answer));
  }

  /**
   * Serves these items page by page, following the operation's {@code x-typewire-pagination}: each
   * request gets the page its paging parameters ask for.
   *
   * @param items every item of the listing, in order
   * @return this stub
   * @throws IllegalStateException when the operation declares no paging the fake can follow
   */
  public Stub items(List<?> items) {
    if (itemsPointer == null) {
      throw new IllegalStateException(
          endpoint.describe()
              + " declares no x-typewire-pagination with items the fake can serve page by page");
    }
    state.items(bodies.items(endpoint, itemsPointer, items));
    return this;
  }

  /**
   * Caps each page below what the caller asked, as servers do.
   *
   * @param max the most items one page holds
   * @return this stub
   */
  public Stub maxPageSize(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a page holds at least one item, not " + max);
    }
    state.maxPageSize(max);
    return this;
  }

  /**
   * Returns the calls to this operation, in order.
   *
   * @return the calls since the fake started or was last reset
   */
  public List<RecordedCall> calls() {
    return allCalls.get().stream()
        .filter(call -> call.operationId().equals(state.operationId()))
        .toList();
  }

  @Override
  public Stub returns(Object body) {
    return unconditional().returns(body);
  }

  @Override
  public Stub returns(int status, Object body) {
    return unconditional().returns(status, body);
  }

  @Override
  public Stub fails(int status, Object errorBody) {
    return unconditional().fails(status, errorBody);
  }

  @Override
  public Stub rateLimited(Duration retryAfter) {
    return unconditional().rateLimited(retryAfter);
  }

  @Override
  public Stub serverError() {
    return unconditional().serverError();
  }

  @Override
  public Stub delay(Duration delay) {
    return unconditional().delay(delay);
  }

  @Override
  public Stub dropConnection() {
    return unconditional().dropConnection();
  }

  private AnswerAppender unconditional() {
    return new AnswerAppender(state::add);
  }

  /** Builds answers and hands them to one list of the stub's state. */
  private final class AnswerAppender implements Answers {
    private final Consumer<Answer> into;

    AnswerAppender(Consumer<Answer> into) {
      this.into = into;
    }

    private Stub append(Answer answer) {
      into.accept(answer);
      return Stub.this;
    }

    @Override
    public Stub returns(Object body) {
      return append(Answer.body(0, bodies.body(endpoint, 0, body)));
    }

    @Override
    public Stub returns(int status, Object body) {
      JsonNode tree = bodies.body(endpoint, status, body);
      return append(Answer.body(status, tree));
    }

    @Override
    public Stub fails(int status, Object errorBody) {
      if (status < 400) {
        throw new IllegalArgumentException("a failure has a 4xx or 5xx status, not " + status);
      }
      return append(Answer.body(status, bodies.body(endpoint, status, errorBody)));
    }

    @Override
    public Stub rateLimited(Duration retryAfter) {
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("Retry-After cannot be negative: " + retryAfter);
      }
      return append(Answer.rateLimited(retryAfter));
    }

    @Override
    public Stub serverError() {
      return append(Answer.of(Answer.Kind.SERVER_ERROR));
    }

    @Override
    public Stub delay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("a delay cannot be negative: " + delay);
      }
      return append(Answer.of(Answer.Kind.DEFAULT).delayedBy(delay));
    }

    @Override
    public Stub dropConnection() {
      return append(Answer.of(Answer.Kind.DROP));
    }
  }
}
