package dev.typewire.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API operation invocation, before it meets a transport: method, path template with its
 * parameters, query, headers and body. Immutable; built by generated code.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder("GET", "/chats/{chat_id}/messages")
 *     .pathParam("chat_id", chatId)
 *     .query("limit", 100)
 *     .build();
 * }</pre>
 *
 * <p>Parameter values are turned into text when the request is sent, with the transport's object
 * mapper: enums use their {@code @JsonValue}, {@link java.time.OffsetDateTime} its JSON form.
 */
public final class ApiRequest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

  private final String method;
  private final String pathTemplate;
  private final Map<String, Object> pathParams;
  private final Map<String, PathExpansion> pathStyles;
  private final List<Map.Entry<String, Object>> query;
  private final Map<String, String> headers;
  private static final String JSON = "application/json";

  private final Object jsonBody;
  private final String jsonMediaType;
  private final List<Map.Entry<String, Object>> form;
  private final String text;
  private final UploadFile binary;
  private final String binaryType;
  private final List<MultipartField> multipart;
  private final RequestOptions options;
  private final String server;
  private final List<List<SecurityScheme>> security;
  private final String idempotencyHeader;

  /**
   * One field of a multipart body as the caller gave it; formatted when sent.
   *
   * @param value a field value, or an {@link UploadFile}
   * @param contentType the part's declared media type, or null
   */
  record MultipartField(String name, Object value, String contentType) {}

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    // Generated code builds one request per call, most with no path parameter or header of its
    // own: empty parts share the empty immutable collections instead of copying.
    this.pathParams =
        builder.pathParams.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathParams));
    this.pathStyles = builder.pathStyles.isEmpty() ? Map.of() : Map.copyOf(builder.pathStyles);
    this.query = List.copyOf(builder.query);
    this.headers = builder.headers.isEmpty() ? Map.of() : caseInsensitiveCopy(builder.headers);
    this.jsonBody = builder.jsonBody;
    this.jsonMediaType = builder.jsonMediaType;
    this.form = builder.form == null ? null : List.copyOf(builder.form);
    this.text = builder.text;
    this.binary = builder.binary;
    this.binaryType = builder.binaryType;
    this.multipart = builder.multipart == null ? null : List.copyOf(builder.multipart);
    this.options = RequestOptions.orNone(builder.options);
    this.server = builder.server;
    this.security = builder.security == null ? null : copyOf(builder.security);
    this.idempotencyHeader = builder.idempotencyHeader;
  }

  private static Map<String, String> caseInsensitiveCopy(Map<String, String> headers) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An immutable copy; generated code passes immutable lists ({@code List.of}), which {@link
   * List#copyOf} returns as they are, so the usual case allocates nothing.
   */
  // Identity on purpose: it tells whether List.copyOf had to copy.
  @SuppressWarnings("ReferenceEquality")
  private static List<List<SecurityScheme>> copyOf(List<List<SecurityScheme>> alternatives) {
    List<List<SecurityScheme>> copy = List.copyOf(alternatives);
    for (int i = 0; i < copy.size(); i++) {
      if (List.copyOf(copy.get(i)) != copy.get(i)) {
        List<List<SecurityScheme>> deep = new ArrayList<>(copy.size());
        for (List<SecurityScheme> alternative : copy) {
          deep.add(List.copyOf(alternative));
        }
        return List.copyOf(deep);
      }
    }
    return copy;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, for example {@code GET}
   * @param pathTemplate the path below the base URL, with {@code {name}} placeholders
   * @return a new builder
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method in upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template as given, placeholders included.
   *
   * @return the template, starting with {@code /}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the path parameter values, not yet encoded.
   *
   * @return an unmodifiable map from placeholder name to value
   */
  public Map<String, Object> pathParams() {
    return pathParams;
  }

  /**
   * Returns the query parameters in order, one entry per value (a list parameter repeats its name),
   * not yet encoded.
   *
   * @return an unmodifiable list
   */
  public List<Map.Entry<String, Object>> queryParams() {
    return query;
  }

  /**
   * Returns the request's own headers (before client defaults and {@link RequestOptions}).
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the object serialized as the JSON request body.
   *
   * @return the body, empty when the request has none
   */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /**
   * Returns the media type a JSON body is sent as.
   *
   * @return {@code application/json} unless the operation declares another JSON type
   */
  public String jsonMediaType() {
    return jsonMediaType;
  }

  /**
   * The fields of a form body, in order; empty when the request has none (see {@link
   * #hasFormBody()}).
   *
   * @return the form fields
   */
  public List<Map.Entry<String, Object>> formFields() {
    return form == null ? List.of() : form;
  }

  /**
   * The {@code text/plain} body, if {@link Builder#textBody} set one.
   *
   * @return the text
   */
  public Optional<String> textBody() {
    return Optional.ofNullable(text);
  }

  /**
   * Whether the body is {@code application/x-www-form-urlencoded}.
   *
   * @return true when {@link Builder#formField} was called
   */
  public boolean hasFormBody() {
    return form != null;
  }

  /**
   * The file sent as the whole body, if {@link Builder#binaryBody} set one.
   *
   * @return the file
   */
  public Optional<UploadFile> binaryBody() {
    return Optional.ofNullable(binary);
  }

  /**
   * Whether the body is {@code multipart/form-data}.
   *
   * @return true when a {@code multipart...} builder method was called
   */
  public boolean hasMultipartBody() {
    return multipart != null;
  }

  /**
   * Whether the body can be sent again: false when it streams from an {@link java.io.InputStream},
   * which a retry could not read a second time.
   *
   * @return true when the request may be retried
   */
  public boolean repeatableBody() {
    if (binary != null) {
      return binary.repeatable();
    }
    return multipart == null
        || multipart.stream()
            .noneMatch(field -> field.value() instanceof UploadFile file && !file.repeatable());
  }

  List<MultipartField> multipartParts() {
    return multipart == null ? List.of() : multipart;
  }

  /**
   * The Content-Type of a binary body: the operation's media type when it names one, else the
   * file's own, else {@code application/octet-stream}.
   */
  String binaryContentType() {
    if (binaryType != null && !binaryType.contains("*")) {
      return binaryType;
    }
    return binary.contentType().orElse("application/octet-stream");
  }

  /**
   * Returns the per-call options.
   *
   * @return the options; {@link RequestOptions#none()} when none were given
   */
  public RequestOptions options() {
    return options;
  }

  /**
   * Returns the server the description names for this operation instead of the client's base URL.
   *
   * @return the URL as described, absolute or relative; empty for the client's base URL
   */
  public Optional<String> server() {
    return Optional.ofNullable(server);
  }

  /**
   * Returns the security requirements: the alternatives the operation accepts, each a list of
   * schemes whose credentials are all sent. An empty alternative (or no alternative at all) means
   * the operation can be called without credentials.
   *
   * @return the alternatives, empty when the request declares none (it then carries the client's
   *     {@link ClientOptions.Builder#bearerToken bearer token}, if any)
   */
  public Optional<List<List<SecurityScheme>>> security() {
    return Optional.ofNullable(security);
  }

  /**
   * Returns the header that carries an idempotency key, when the operation declares one.
   *
   * @return the header name; empty when the request is not keyed
   */
  public Optional<String> idempotencyHeader() {
    return Optional.ofNullable(idempotencyHeader);
  }

  /**
   * Returns the path with every placeholder replaced by its encoded value.
   *
   * @param format turns a parameter value into text
   */
  String expandPath(ParameterFormat format) {
    if (pathTemplate.indexOf('{') < 0) {
      return pathTemplate;
    }
    Matcher matcher = PLACEHOLDER.matcher(pathTemplate);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      PathExpansion styled = pathStyles.getOrDefault(name, PathExpansion.SIMPLE);
      matcher.appendReplacement(
          path, Matcher.quoteReplacement(styled.expand(name, pathParams.get(name), format)));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  @Override
  public String toString() {
    return "ApiRequest[" + method + " " + pathTemplate + "]";
  }

  /** Collects an {@link ApiRequest}. */
  public static final class Builder {

    private final String method;
    private final String pathTemplate;
    // The maps stay the shared empty ones until first written: most requests never write them.
    private Map<String, Object> pathParams = Map.of();
    private Map<String, PathExpansion> pathStyles = Map.of();
    private final List<Map.Entry<String, Object>> query = new ArrayList<>();
    private Map<String, String> headers = Map.of();
    private Object jsonBody;
    private String jsonMediaType = JSON;
    private List<Map.Entry<String, Object>> form;
    private String text;
    private UploadFile binary;
    private String binaryType;
    private String idempotencyHeader;
    private List<MultipartField> multipart;
    private RequestOptions options;
    private String server;
    private List<List<SecurityScheme>> security;

    private Builder(String method, String pathTemplate) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathTemplate, "pathTemplate");
      if (method.isEmpty() || !isLetters(method)) {
        throw new IllegalArgumentException("not an HTTP method: " + method);
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.pathTemplate = pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate;
    }

    // A loop rather than method.chars().allMatch: no stream on every request.
    private static boolean isLetters(String method) {
      for (int i = 0; i < method.length(); i++) {
        if (!Character.isLetter(method.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Sets the value of placeholder {@code {name}}; it is encoded as a single path segment, so a
     * {@code /} in it cannot change the route.
     *
     * @param name the placeholder name, without braces
     * @param value the value, not null
     * @return this builder
     * @throws NullPointerException if the value is null
     */
    public Builder pathParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value == null) {
        throw new NullPointerException("path parameter " + name + " is required");
      }
      if (pathParams.isEmpty()) {
        pathParams = new LinkedHashMap<>();
      }
      pathParams.put(name, value);
      if (!pathStyles.isEmpty()) {
        pathStyles.remove(name);
      }
      return this;
    }

    /**
     * Sets the value of placeholder {@code {name}}, written in {@code style}: {@code .5} (label) or
     * {@code ;id=5} (matrix), a list or a map (or a record, as its properties) in the form OpenAPI
     * gives for that style and {@code explode}. Values and keys are percent-encoded, so none can
     * leave its segment.
     *
     * @param name the placeholder name, without braces
     * @param value the value, not null; an empty list or map is rejected when the request is sent
     * @param style how the value is written
     * @param explode whether each list item or object property gets its own prefix
     * @return this builder
     * @throws NullPointerException if the value or style is null
     */
    public Builder pathParam(String name, Object value, PathStyle style, boolean explode) {
      Objects.requireNonNull(style, "style");
      pathParam(name, value);
      if (pathStyles.isEmpty()) {
        pathStyles = new LinkedHashMap<>();
      }
      pathStyles.put(name, new PathExpansion(style, explode));
      return this;
    }

    /**
     * Adds a query parameter. A null value is skipped; a Java {@link Iterable} or array adds the
     * name once per element (form style, exploded), skipping null elements. A Jackson {@code
     * JsonNode} is one value: a scalar node as its text, an object or array node as its JSON.
     *
     * @param name the parameter name
     * @param value the value, possibly null
     * @return this builder
     */
    public Builder query(String name, Object value) {
      Objects.requireNonNull(name, "name");
      // A JsonNode is Iterable over its values, but it is one value, as in formField.
      if (value instanceof Iterable<?> values && !(value instanceof JsonNode)) {
        values.forEach(element -> addQuery(name, element));
      } else if (value instanceof Object[] values) {
        for (Object element : values) {
          addQuery(name, element);
        }
      } else {
        addQuery(name, value);
      }
      return this;
    }

    private void addQuery(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, value));
      }
    }

    /**
     * Sets a header of this request, replacing a client default of the same name.
     *
     * @param name the header name
     * @param value the value; null is skipped
     * @return this builder
     * @throws IllegalArgumentException if the value contains CR or LF
     */
    public Builder header(String name, Object value) {
      HeaderValues.checkName(name);
      if (value != null) {
        if (headers.isEmpty()) {
          headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        headers.put(name, HeaderValues.checkValue(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Sets the request body, serialized as JSON with the transport's object mapper and sent with
     * {@code Content-Type: application/json}.
     *
     * @param body the body, or null for none
     * @return this builder
     */
    public Builder jsonBody(Object body) {
      this.jsonBody = body;
      this.jsonMediaType = JSON;
      return this;
    }

    /**
     * Sets the request body, serialized as JSON and sent with the JSON media type the operation
     * declares, such as {@code application/json-patch+json}.
     *
     * @param body the body, or null for none
     * @param mediaType the {@code Content-Type} to send
     * @return this builder
     * @throws IllegalArgumentException if the media type contains CR or LF
     */
    public Builder jsonBody(Object body, String mediaType) {
      this.jsonBody = body;
      this.jsonMediaType = HeaderValues.checkValue("Content-Type", mediaType);
      return this;
    }

    /**
     * Adds a field to an {@code application/x-www-form-urlencoded} body, which replaces any JSON
     * body. Values are formatted like query values; a Java {@link Iterable} or array repeats the
     * field (a Jackson {@code JsonNode} is one field), null is skipped.
     *
     * @param name the field name
     * @param value the value
     * @return this builder
     */
    public Builder formField(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (form == null) {
        form = new ArrayList<>();
      }
      // A JsonNode (a property the description requires but never describes) is Iterable over
      // its values, but it is one value: a scalar node as its text, a container as its JSON.
      if (value instanceof Iterable<?> values && !(value instanceof JsonNode)) {
        values.forEach(element -> addFormField(name, element));
      } else if (value instanceof Object[] values) {
        for (Object element : values) {
          addFormField(name, element);
        }
      } else {
        addFormField(name, value);
      }
      return this;
    }

    private void addFormField(String name, Object value) {
      if (value != null) {
        form.add(Map.entry(name, value));
      }
    }

    /**
     * Sets a {@code text/plain} body, sent as UTF-8; it replaces any JSON body.
     *
     * @param body the text, or null for none
     * @return this builder
     */
    public Builder textBody(String body) {
      this.text = body;
      return this;
    }

    /**
     * Sets a file as the whole body, streamed from its source. A body from an {@link
     * java.io.InputStream} is sent once: such a request is never retried.
     *
     * @param file the content, or null for none
     * @param mediaType the operation's media type, such as {@code application/octet-stream}; when
     *     null or a wildcard ({@code image/*}), the file's own content type is sent, else {@code
     *     application/octet-stream}
     * @return this builder
     * @throws IllegalArgumentException if the media type contains CR or LF
     */
    public Builder binaryBody(UploadFile file, String mediaType) {
      this.binary = file;
      this.binaryType =
          mediaType == null ? null : HeaderValues.checkValue("Content-Type", mediaType);
      return this;
    }

    /**
     * Adds a field to a {@code multipart/form-data} body. A scalar or enum is sent as text (like a
     * form field), an object as a JSON part; a Java {@link Iterable} or array repeats the part,
     * null is skipped. A Jackson {@code JsonNode} is one value: an object or array node is one JSON
     * part.
     *
     * @param name the field name
     * @param value the value
     * @return this builder
     */
    public Builder multipartField(String name, Object value) {
      return multipartField(name, value, null);
    }

    /**
     * Adds a field to a {@code multipart/form-data} body with the part's media type from the
     * description ({@code encoding.contentType}): a JSON type sends the value as JSON, any other is
     * sent as the value's text with that Content-Type. A Java {@link Iterable} or array repeats the
     * part (a Jackson {@code JsonNode} is one part); null is skipped. An {@link UploadFile} value
     * is a file part.
     *
     * @param name the field name
     * @param value the value
     * @param contentType the part's media type, or null to choose by the value
     * @return this builder
     */
    public Builder multipartField(String name, Object value, String contentType) {
      Objects.requireNonNull(name, "name");
      if (multipart == null) {
        multipart = new ArrayList<>();
      }
      String checked =
          contentType == null ? null : HeaderValues.checkValue("Content-Type", contentType);
      // A Jackson JsonNode is Iterable over its values, but it is one JSON value: one part.
      if (value instanceof Iterable<?> values && !(value instanceof JsonNode)) {
        values.forEach(element -> addPart(name, element, checked));
      } else if (value instanceof Object[] values) {
        for (Object element : values) {
          addPart(name, element, checked);
        }
      } else {
        addPart(name, value, checked);
      }
      return this;
    }

    private void addPart(String name, Object value, String contentType) {
      if (value != null) {
        multipart.add(new MultipartField(name, value, contentType));
      }
    }

    /**
     * Sets per-call options.
     *
     * @param options the options, or null for none
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Sends this request to the operation's own server instead of the client's base URL. A relative
     * URL is resolved against the client's base URL; {@link
     * ClientOptions.Builder#serverOverride(String, String)} redirects it and {@link
     * RequestOptions.Builder#baseUrl(String)} replaces it for one call.
     *
     * @param server the URL as the description names it (variables at their defaults), or null for
     *     the client's base URL
     * @return this builder
     */
    public Builder server(String server) {
      this.server = server;
      return this;
    }

    /**
     * Declares the credentials the operation accepts: the first alternative whose credentials are
     * all configured on the client is sent, and nothing else. An empty list, or an empty
     * alternative, lets the request go without credentials.
     *
     * @param alternatives the accepted alternatives, in order of preference
     * @return this builder
     */
    public Builder security(List<List<SecurityScheme>> alternatives) {
      this.security = Objects.requireNonNull(alternatives, "alternatives");
      return this;
    }

    /**
     * Declares that the server deduplicates this request by a key in header {@code name}: unless
     * the caller sets that header, every call sends a fresh random UUID there, the same on each of
     * its attempts, and a {@code POST} or {@code PATCH} is then retried like an idempotent method.
     *
     * @param name the header, for example {@code Idempotency-Key}
     * @return this builder
     * @throws IllegalArgumentException if the name is empty or holds CR or LF
     */
    public Builder idempotencyHeader(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("not a header name: " + name.strip());
      }
      this.idempotencyHeader = name;
      return this;
    }

    /**
     * Returns the request.
     *
     * @return a new immutable request
     * @throws IllegalStateException if a placeholder has no value or a value has no placeholder
     */
    public ApiRequest build() {
      if (pathTemplate.indexOf('{') < 0 && pathParams.isEmpty()) {
        // No placeholder and no value: nothing to match, on the most common path.
        return new ApiRequest(this);
      }
      Matcher matcher = PLACEHOLDER.matcher(pathTemplate);
      List<String> placeholders = new ArrayList<>();
      while (matcher.find()) {
        placeholders.add(matcher.group(1));
      }
      for (String placeholder : placeholders) {
        if (!pathParams.containsKey(placeholder)) {
          throw new IllegalStateException(
              "path parameter " + placeholder + " of " + pathTemplate + " is not set");
        }
      }
      for (String name : pathParams.keySet()) {
        if (!placeholders.contains(name)) {
          throw new IllegalStateException(pathTemplate + " has no placeholder {" + name + "}");
        }
      }
      return new ApiRequest(this);
    }
  }
}
