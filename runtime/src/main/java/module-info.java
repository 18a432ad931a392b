/**
 * The Typewire runtime: what generated API clients call at run time (transport, JSON, errors,
 * retries, paging) plus the {@link dev.typewire.GenerateClient} annotation.
 *
 * <p>Generated records live in the user's own packages. When the user's code is itself a named
 * module, it must open those packages to {@code com.fasterxml.jackson.databind} so Jackson can
 * construct the records; this module cannot grant that on the user's behalf.
 */
module dev.typewire.runtime {
  // Both appear in public signatures (HttpClient, HttpHeaders, ObjectMapper, TypeReference), so
  // users must read them too; databind in turn re-exports jackson-core and jackson-annotations.
  requires transitive java.net.http;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.typewire;
  exports dev.typewire.runtime;
}
