package dev.typewire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.BinaryResponse;
import dev.typewire.runtime.RequestOptions;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the {@code *Async} twin of an operation's method with the same arguments and compares its
 * outcome with the synchronous one's: the async path builds and decodes on its own, so it is
 * checked too, one extra call per operation.
 */
final class AsyncTwin {

  private static final long TIMEOUT_SECONDS = 60;

  private AsyncTwin() {}

  /**
   * How the async call's outcome differs from {@code sync}'s (value, or class of what was thrown),
   * or null when it does not.
   */
  static String difference(
      Object api,
      Method method,
      Object[] arguments,
      OperationCaller.Outcome sync,
      ObjectMapper mapper) {
    Class<?>[] types = Arrays.copyOf(method.getParameterTypes(), method.getParameterCount() + 1);
    types[types.length - 1] = RequestOptions.class;
    Method async;
    try {
      async = api.getClass().getMethod(method.getName() + "Async", types);
    } catch (NoSuchMethodException e) {
      return "the client has no " + method.getName() + "Async(..., RequestOptions)";
    }
    Object[] withOptions = Arrays.copyOf(arguments, arguments.length + 1);
    withOptions[arguments.length] = RequestOptions.none();
    Object value = null;
    Throwable thrown = null;
    try {
      CompletableFuture<?> future = (CompletableFuture<?>) async.invoke(api, withOptions);
      value = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (ExecutionException e) {
      thrown = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
    } catch (TimeoutException e) {
      return async.getName() + " did not complete in " + TIMEOUT_SECONDS + " s";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return async.getName() + " was interrupted";
    } catch (IllegalAccessException e) {
      return "cannot call " + async.getName() + ": " + e;
    }
    return compare(async.getName(), sync, value, thrown, mapper);
  }

  static String compare(
      String name,
      OperationCaller.Outcome sync,
      Object value,
      Throwable thrown,
      ObjectMapper mapper) {
    if (sync.thrown() != null || thrown != null) {
      String syncs = sync.thrown() == null ? "nothing" : sync.thrown().getClass().getSimpleName();
      String asyncs = thrown == null ? "nothing" : thrown.getClass().getSimpleName();
      return syncs.equals(asyncs)
          ? null
          : name + " threw " + asyncs + " where the sync call threw " + syncs;
    }
    if (value instanceof BinaryResponse binary) {
      // The sync download is compared with the bytes sent; this one is only read to its end.
      try (binary) {
        binary.body().readAllBytes();
        return null;
      } catch (IOException e) {
        return name + " could not read its download: " + e;
      }
    }
    Object expected = sync.value() == null ? null : mapper.valueToTree(sync.value());
    Object actual = value == null ? null : mapper.valueToTree(value);
    return Objects.equals(expected, actual)
        ? null
        : name + " returned " + actual + " where the sync call returned " + expected;
  }
}
