package dev.typewire.processor.model;

import java.util.List;

/**
 * The document's first server, when the client can fill its URL template itself.
 *
 * @param template the URL as written, with {@code {variable}} placeholders
 * @param variables the variables the template uses, in order of first use
 * @param alternatives the other servers' URLs as written, for the documentation
 */
public record DocumentServer(
    String template, List<ServerVariable> variables, List<String> alternatives) {}
