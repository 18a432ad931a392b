package dev.typewire.testing;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link Stub} in the generated types of one operation: what a generated {@code <Client>Fake}
 * hands out per operation, so that a schema change that breaks a stub breaks the test's
 * compilation. Successive calls append answers, used in order, the last one repeating. A paged
 * operation's stub is a {@link PagedStub}, which also serves listings.
 *
 * @param <P> the operation's parameters, as the generated fake presents them
 * @param <R> the operation's success body type
 */
public class TypedStub<P, R> {

  private final Stub stub;
  private final Function<RecordedCall, P> parameters;

  /**
   * Wraps an operation's stub.
   *
   * @param stub the untyped stub, from {@link FakeServer#operation(String)}
   * @param parameters turns a recorded call's decoded parameters into {@code P}
   */
  public TypedStub(Stub stub, Function<RecordedCall, P> parameters) {
    this.stub = stub;
    this.parameters = parameters;
  }

  /**
   * Answers with the success status and this body.
   *
   * @param body the body
   * @return this stub
   */
  public TypedStub<P, R> returns(R body) {
    stub.returns(body);
    return this;
  }

  /**
   * Answers with a status and body.
   *
   * @param status the HTTP status
   * @param body the body
   * @return this stub
   */
  public TypedStub<P, R> returns(int status, R body) {
    stub.returns(status, body);
    return this;
  }

  /**
   * Answers with an error status and body.
   *
   * @param status the HTTP status
   * @param errorBody the error body, usually a generated error record
   * @return this stub
   */
  public TypedStub<P, R> fails(int status, Object errorBody) {
    stub.fails(status, errorBody);
    return this;
  }

  /**
   * Answers 429 with {@code Retry-After}.
   *
   * @param retryAfter how long the client is told to wait
   * @return this stub
   */
  public TypedStub<P, R> rateLimited(Duration retryAfter) {
    stub.rateLimited(retryAfter);
    return this;
  }

  /**
   * Answers 500 with the description's example.
   *
   * @return this stub
   */
  public TypedStub<P, R> serverError() {
    stub.serverError();
    return this;
  }

  /**
   * Delays the next answer.
   *
   * @param delay how long the fake waits
   * @return this stub
   */
  public TypedStub<P, R> delay(Duration delay) {
    stub.delay(delay);
    return this;
  }

  /**
   * Closes the connection without a response.
   *
   * @return this stub
   */
  public TypedStub<P, R> dropConnection() {
    stub.dropConnection();
    return this;
  }

  /**
   * Starts answers for the calls whose parameters {@code matcher} accepts.
   *
   * @param matcher which calls the answers that follow are for
   * @return where to append those answers
   */
  public TypedAnswers<P, R> when(Predicate<P> matcher) {
    return new TypedAnswers<>(stub.when(call -> matcher.test(parameters.apply(call))), this);
  }

  /**
   * Returns the parameters of each call to this operation, in order.
   *
   * @return the calls since the fake started or was last reset
   */
  public List<P> calls() {
    return stub.calls().stream().map(parameters).toList();
  }

  /**
   * Returns the untyped stub, for what the typed one does not offer.
   *
   * @return the stub
   */
  public Stub untyped() {
    return stub;
  }
}
