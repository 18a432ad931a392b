package dev.typewire.processor.model;

import java.util.List;

/**
 * The server an operation names for itself (its own or its path's), which its calls go to instead
 * of the client's base URL.
 *
 * @param url the first server's URL with variables at their defaults, without a trailing slash;
 *     relative ones are resolved against the client's base URL at run time
 * @param alternatives the other servers' URLs as written, for the documentation
 */
public record OperationServer(String url, List<String> alternatives) {}
