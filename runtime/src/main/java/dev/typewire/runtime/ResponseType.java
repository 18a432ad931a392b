package dev.typewire.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * What a successful response body is turned into, and optionally what error bodies are decoded
 * into. Immutable.
 *
 * <pre>{@code
 * ResponseType.of(Chat.class)
 * ResponseType.of(new TypeReference<List<Chat>>() {})
 * ResponseType.of(Chat.class).withErrorBody(ApiError.class)
 * }</pre>
 *
 * @param <T> the Java type of a successful response
 */
public final class ResponseType<T> {

  enum Kind {
    JSON,
    NONE,
    STRING,
    BINARY,
    RAW
  }

  private static final ResponseType<Void> NONE =
      new ResponseType<>(Kind.NONE, Void.class, null, true);
  private static final ResponseType<String> STRING =
      new ResponseType<>(Kind.STRING, String.class, null, true);
  private static final ResponseType<BinaryResponse> BINARY =
      new ResponseType<>(Kind.BINARY, BinaryResponse.class, null, true);

  private final Kind kind;
  private final Type type;
  private final Class<?> errorType;
  private final boolean emptyAllowed;
  // For RAW: how the body inside the raw response is decoded.
  private final ResponseType<?> bodyType;

  private ResponseType(Kind kind, Type type, Class<?> errorType, boolean emptyAllowed) {
    this(kind, type, errorType, emptyAllowed, null);
  }

  private ResponseType(
      Kind kind, Type type, Class<?> errorType, boolean emptyAllowed, ResponseType<?> bodyType) {
    this.kind = kind;
    this.type = type;
    this.errorType = errorType;
    this.emptyAllowed = emptyAllowed;
    this.bodyType = bodyType;
  }

  /** The body decoded as {@code body}, handed out with status and headers. */
  static <T> ResponseType<RawResponse<T>> raw(ResponseType<T> body) {
    return new ResponseType<>(Kind.RAW, RawResponse.class, body.errorType, body.emptyAllowed, body);
  }

  /**
   * A JSON body decoded into {@code type}.
   *
   * @param type the body type
   * @param <T> the body type
   * @return the response type
   */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<>(Kind.JSON, Objects.requireNonNull(type, "type"), null, false);
  }

  /**
   * A JSON body decoded into a generic type such as {@code List<Chat>}.
   *
   * @param type captures the body type
   * @param <T> the body type
   * @return the response type
   */
  public static <T> ResponseType<T> of(TypeReference<T> type) {
    return new ResponseType<>(
        Kind.JSON, Objects.requireNonNull(type, "type").getType(), null, false);
  }

  /**
   * No body expected (204 and the like): whatever arrives is ignored and the call returns null.
   *
   * @return the response type
   */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /**
   * The body as text, decoded with the charset of its {@code Content-Type} (UTF-8 when absent); any
   * content type is accepted.
   *
   * @return the response type
   */
  public static ResponseType<String> string() {
    return STRING;
  }

  /**
   * A binary body (a file, an image) handed over unread as a {@link BinaryResponse} stream; any
   * content type is accepted. Error statuses still throw {@link ApiException}s.
   *
   * @return the response type
   */
  public static ResponseType<BinaryResponse> binary() {
    return BINARY;
  }

  /**
   * Returns a copy that also decodes JSON error bodies (4xx and 5xx) into {@code errorType}, made
   * available through {@link ApiException#errorBody()}. Bodies that do not fit stay available as a
   * JSON tree.
   *
   * @param errorType the error body type
   * @return a new response type
   */
  public ResponseType<T> withErrorBody(Class<?> errorType) {
    return new ResponseType<>(
        kind, type, Objects.requireNonNull(errorType, "errorType"), emptyAllowed, bodyType);
  }

  /**
   * Returns a copy for which a 2xx response without a body (a 204, say) decodes to null. Without
   * it, such a response to a JSON type is a {@link DecodeException}: an API that promised a body
   * must not hand out a silent null. Generated code uses it where the description also declares a
   * success without a body.
   *
   * @return a new response type
   */
  public ResponseType<T> allowingEmpty() {
    return new ResponseType<>(kind, type, errorType, true, bodyType);
  }

  /** A 2xx response without a body decodes to null. */
  boolean emptyAllowed() {
    return emptyAllowed;
  }

  Kind kind() {
    return kind;
  }

  /** How the body is read off the wire: a raw response reads it as its body type does. */
  Kind bodyKind() {
    return kind == Kind.RAW ? bodyType.kind : kind;
  }

  /** For {@link Kind#RAW}: the type of the body inside. */
  ResponseType<?> bodyType() {
    return bodyType;
  }

  Type type() {
    return type;
  }

  /** The error body type, or null to decode error bodies into a JSON tree only. */
  Class<?> errorType() {
    return errorType;
  }

  /** The value of {@code Accept} that tells the server what this type can read. */
  String accept() {
    return switch (bodyKind()) {
      case STRING -> "text/plain, application/json;q=0.9, */*;q=0.8";
      case BINARY -> "*/*";
      default -> "application/json";
    };
  }

  @Override
  public String toString() {
    String name = type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    return switch (kind) {
      case NONE -> "ResponseType.none()";
      case STRING -> "ResponseType.string()";
      case BINARY -> "ResponseType.binary()";
      case JSON -> "ResponseType.of(" + name + ")";
      case RAW -> bodyType.toString();
    };
  }
}
