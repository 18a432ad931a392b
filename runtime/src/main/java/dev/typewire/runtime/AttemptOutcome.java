package dev.typewire.runtime;

/** How one attempt ended: with the decoded value, or with a failure that may be retried. */
record AttemptOutcome<T>(T value, ApiException failure) {

  static <T> AttemptOutcome<T> success(T value) {
    return new AttemptOutcome<>(value, null);
  }

  static <T> AttemptOutcome<T> failure(ApiException failure) {
    return new AttemptOutcome<>(null, failure);
  }

  boolean succeeded() {
    return failure == null;
  }
}
