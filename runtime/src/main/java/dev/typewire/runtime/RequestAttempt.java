package dev.typewire.runtime;

import java.net.URI;

/**
 * One attempt at a call, as reported to a {@link RequestListener}. Retries of the same call share
 * method and URI and count {@code attempt} up from 1.
 *
 * @param method the HTTP method
 * @param uri the full request URI
 * @param attempt 1 for the first try, 2 for the first retry, and so on
 */
public record RequestAttempt(String method, URI uri, int attempt) {}
