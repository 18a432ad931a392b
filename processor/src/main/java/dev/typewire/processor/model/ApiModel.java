package dev.typewire.processor.model;

import java.util.List;

/**
 * Everything the emitters need, read and validated from one schema.
 *
 * @param clientName simple name of the client class
 * @param defaultBaseUrl the first server URL, or null
 * @param traceHeader response header carrying a trace id, or null
 * @param sharedHeaders header parameters declared under components that the client can default
 */
public record ApiModel(
    String schemaPath,
    String clientName,
    String title,
    String version,
    Docs docs,
    String defaultBaseUrl,
    String traceHeader,
    List<TypeDecl> types,
    List<Operation> operations,
    List<Parameter> sharedHeaders) {}
