package dev.typewire.testing;

import java.time.Duration;

/**
 * What the fake answers for one operation. Each call appends an answer; calls to the operation use
 * them in order, and the last one repeats. Without any, the operation answers with the
 * description's example of its success response, or a value synthesized from its schema.
 */
public interface Answers {

  /**
   * Answers with the success status the description declares and this body.
   *
   * @param body serialized with the fake's mapper; refused when it does not fit the response schema
   * @return the stub, for more answers
   */
  Stub returns(Object body);

  /**
   * Answers with a status and body.
   *
   * @param status the HTTP status
   * @param body serialized with the fake's mapper; refused when it does not fit the schema the
   *     description declares for that status
   * @return the stub, for more answers
   */
  Stub returns(int status, Object body);

  /**
   * Answers with an error status and body, which the client maps to its exception.
   *
   * @param status the HTTP status, usually 4xx or 5xx
   * @param errorBody serialized with the fake's mapper; refused when it does not fit the schema the
   *     description declares for that status
   * @return the stub, for more answers
   */
  Stub fails(int status, Object errorBody);

  /**
   * Answers 429 with a {@code Retry-After} header (whole seconds, rounded up).
   *
   * @param retryAfter how long the client is told to wait
   * @return the stub, for more answers
   */
  Stub rateLimited(Duration retryAfter);

  /**
   * Answers 500 with the description's example of that error, if it has one.
   *
   * @return the stub, for more answers
   */
  Stub serverError();

  /**
   * Delays the next answer appended after this one (or the default answer, when none follows).
   *
   * @param delay how long the fake waits before answering
   * @return the stub, for more answers
   */
  Stub delay(Duration delay);

  /**
   * Closes the connection without a response.
   *
   * @return the stub, for more answers
   */
  Stub dropConnection();
}
