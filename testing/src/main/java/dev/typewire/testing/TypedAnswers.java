package dev.typewire.testing;

import java.time.Duration;

/**
 * {@link Answers} in the generated types of one operation: what {@link TypedStub#when} returns.
 * Each call appends an answer for the matching calls and returns the operation's stub.
 *
 * @param <P> the operation's parameters, as the generated fake presents them
 * @param <R> the operation's success body type
 */
public final class TypedAnswers<P, R> {

  private final Answers answers;
  private final TypedStub<P, R> stub;

  TypedAnswers(Answers answers, TypedStub<P, R> stub) {
    this.answers = answers;
    this.stub = stub;
  }

  /**
   * Answers with the success status and this body.
   *
   * @param body the body
   * @return the operation's stub
   */
  public TypedStub<P, R> returns(R body) {
    answers.returns(body);
    return stub;
  }

  /**
   * Answers with a status and body.
   *
   * @param status the HTTP status
   * @param body the body
   * @return the operation's stub
   */
  public TypedStub<P, R> returns(int status, R body) {
    answers.returns(status, body);
    return stub;
  }

  /**
   * Answers with an error status and body.
   *
   * @param status the HTTP status
   * @param errorBody the error body, usually a generated error record
   * @return the operation's stub
   */
  public TypedStub<P, R> fails(int status, Object errorBody) {
    answers.fails(status, errorBody);
    return stub;
  }

  /**
   * Answers 429 with {@code Retry-After}.
   *
   * @param retryAfter how long the client is told to wait
   * @return the operation's stub
   */
  public TypedStub<P, R> rateLimited(Duration retryAfter) {
    answers.rateLimited(retryAfter);
    return stub;
  }

  /**
   * Answers 500 with the description's example.
   *
   * @return the operation's stub
   */
  public TypedStub<P, R> serverError() {
    answers.serverError();
    return stub;
  }

  /**
   * Delays the next answer.
   *
   * @param delay how long the fake waits
   * @return the operation's stub
   */
  public TypedStub<P, R> delay(Duration delay) {
    answers.delay(delay);
    return stub;
  }

  /**
   * Closes the connection without a response.
   *
   * @return the operation's stub
   */
  public TypedStub<P, R> dropConnection() {
    answers.dropConnection();
    return stub;
  }
}
