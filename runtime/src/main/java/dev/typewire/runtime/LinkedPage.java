package dev.typewire.runtime;

import java.net.URI;
import java.util.Optional;

/**
 * A decoded page and the absolute URL of the next one from its {@code Link: rel="next"} header.
 *
 * @param body the decoded page
 * @param next the next page's URL, already checked to be on the same origin as this page's
 */
record LinkedPage<B>(B body, Optional<URI> next) {}
