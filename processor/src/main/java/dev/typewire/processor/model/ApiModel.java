package dev.typewire.processor.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the emitters need, read and validated from one schema.
 *
 * @param clientName simple name of the client class
 * @param defaultBaseUrl the first server URL, or null
 * @param server the first server when the client builder can fill its variables, or null
 * @param traceHeader response header carrying a trace id, or null
 * @param sharedHeaders header parameters declared under components that the client can default
 * @param apiClasses the API class of each group (tag)
 * @param paramsClasses the params class of each operation with query, header or cookie parameters,
 *     by the operation's pointer
 * @param securitySchemes the schemes the client builder takes credentials for
 * @param webhooks the events the API sends, or null when it describes none
 */
public record ApiModel(
    String schemaPath,
    String clientName,
    String title,
    String version,
    Docs docs,
    String defaultBaseUrl,
    DocumentServer server,
    String traceHeader,
    List<TypeDecl> types,
    List<Operation> operations,
    List<Parameter> sharedHeaders,
    Map<String, String> apiClasses,
    Map<String, String> paramsClasses,
    List<SecurityScheme> securitySchemes,
    Webhooks webhooks) {

  /** The simple name of the class holding the operations of {@code group}. */
  public String apiClass(String group) {
    return apiClasses.get(group);
  }

  /** The simple name of the params record of {@code operation}. */
  public String paramsClass(Operation operation) {
    return paramsClasses.get(operation.javaName());
  }
}
