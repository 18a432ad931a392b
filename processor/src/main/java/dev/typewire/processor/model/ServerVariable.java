package dev.typewire.processor.model;

import java.util.List;

/**
 * A variable of the document's server URL, which the client builder lets the caller set.
 *
 * @param name the name in the URL template, between braces
 * @param defaultValue the description's default, or null when it gives none
 * @param allowed the values its {@code enum} lists; empty when any value goes
 */
public record ServerVariable(String name, String defaultValue, List<String> allowed, Docs docs) {}
