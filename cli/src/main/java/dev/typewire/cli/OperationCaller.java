package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.MediaTypes;
import dev.typewire.testing.internal.NoRequestValueException;
import dev.typewire.testing.internal.ValueSynthesizer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Calls one operation through the generated client, by reflection: path arguments, a params builder
 * holding the required parameters and one optional parameter of each location, and a body decoded
 * from a synthesized JSON value into the generated body type.
 */
final class OperationCaller {

  /**
   * What one call returned or threw, and how the {@code *Async} call with the same arguments
   * differed from it (null when it did not, or was not made).
   */
  record Outcome(Object value, boolean returnsNothing, Throwable thrown, String asyncDifference) {
    Outcome(Object value, boolean returnsNothing, Throwable thrown) {
      this(value, returnsNothing, thrown, null);
    }
  }

  private final Object client;
  private final ObjectMapper mapper;
  private final Description description;
  private final ValueSynthesizer values;
  private final UploadFileArgument uploads;

  OperationCaller(
      Object client,
      ObjectMapper mapper,
      Description description,
      ValueSynthesizer values,
      UploadFileArgument uploads) {
    this.client = client;
    this.mapper = mapper;
    this.description = description;
    this.values = values;
    this.uploads = uploads;
  }

  /** Thrown when the generated client has no method that fits the operation. */
  static final class NoMethodException extends Exception {
    private static final long serialVersionUID = 1L;

    NoMethodException(String message) {
      super(message);
    }
  }

  Outcome call(Operation operation, Endpoint endpoint) throws NoMethodException {
    Object api = null;
    Method method = null;
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.getDeclaringClass() != client.getClass()) {
        continue;
      }
      Method found = widest(accessor.getReturnType(), operation.javaName());
      if (found != null) {
        method = found;
        try {
          api = accessor.invoke(client);
        } catch (ReflectiveOperationException e) {
          throw new NoMethodException("cannot reach " + accessor.getName() + "(): " + e);
        }
        break;
      }
    }
    if (method == null) {
      throw new NoMethodException("the client has no method " + operation.javaName() + "(...)");
    }
    Object[] arguments;
    try {
      arguments = arguments(operation, endpoint, method);
    } catch (NoRequestValueException e) {
      return new Outcome(null, false, e);
    } catch (InvocationTargetException e) {
      return new Outcome(
          null, false, new IllegalStateException("building the arguments: " + e.getCause(), e));
    } catch (RuntimeException | ReflectiveOperationException e) {
      return new Outcome(null, false, new IllegalStateException("building the arguments: " + e, e));
    }
    Outcome sync;
    try {
      Object value = method.invoke(api, arguments);
      sync = new Outcome(value, method.getReturnType() == void.class, null);
    } catch (InvocationTargetException e) {
      sync = new Outcome(null, false, e.getCause());
    } catch (IllegalAccessException e) {
      throw new NoMethodException("cannot call " + method + ": " + e);
    }
    return new Outcome(
        sync.value(),
        sync.returnsNothing(),
        sync.thrown(),
        AsyncTwin.difference(api, method, arguments, sync, mapper));
  }

  /** The synchronous overload that takes the most, short of per-call options. */
  private static Method widest(Class<?> api, String name) {
    Method best = null;
    for (Method candidate : api.getMethods()) {
      if (!candidate.getName().equals(name)) {
        continue;
      }
      Class<?>[] types = candidate.getParameterTypes();
      if (types.length > 0
          && types[types.length - 1].getName().equals("dev.typewire.runtime.RequestOptions")) {
        continue;
      }
      if (best == null || types.length > best.getParameterCount()) {
        best = candidate;
      }
    }
    return best;
  }

  private Object[] arguments(Operation operation, Endpoint endpoint, Method method)
      throws ReflectiveOperationException {
    Type[] types = method.getGenericParameterTypes();
    Class<?>[] classes = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    List<Parameter> path = operation.parameters(Parameter.Location.PATH);
    int index = 0;
    for (Parameter parameter : path) {
      if (index < types.length) {
        arguments[index] = convert(parameterValue(endpoint, parameter), types[index]);
        index++;
      }
    }
    // After the path arguments: the params record, then the body; a body record has a builder
    // too, so what remains is told apart by how many arguments are left.
    boolean hasBody = operation.requestBody() != null;
    int rest = types.length - index;
    if (rest == 2 || (rest == 1 && !hasBody && hasBuilder(classes[index]))) {
      arguments[index] = params(operation, endpoint, classes[index]);
      index++;
    }
    if (index < types.length) {
      String mediaType = MediaTypes.chosen(bodyContent(endpoint));
      // Parts of a form or multipart body keep the runtime's own types; a file that is the whole
      // body takes the body's.
      boolean wholeBodyFile =
          mediaType != null
              && !MediaTypes.isJson(mediaType)
              && !mediaType.startsWith("multipart/")
              && !mediaType.startsWith("application/x-www-form-urlencoded");
      uploads.declare(wholeBodyFile ? mediaType : null);
      try {
        arguments[index] = convert(bodyValue(endpoint), types[index]);
      } finally {
        uploads.declare(null);
      }
    }
    return arguments;
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers()) && type.isRecord();
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private Object params(Operation operation, Endpoint endpoint, Class<?> type)
      throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    Set<Parameter.Location> optionalTaken = EnumSet.noneOf(Parameter.Location.class);
    for (Parameter parameter : operation.parameters()) {
      if (parameter.location() == Parameter.Location.PATH) {
        continue;
      }
      if (!parameter.required() && optionalTaken.contains(parameter.location())) {
        continue;
      }
      Method setter = setter(builder.getClass(), parameter.javaName());
      if (setter == null) {
        throw new NoSuchMethodException(
            type.getSimpleName() + ".Builder has no " + parameter.javaName() + "(...)");
      }
      JsonNode value;
      try {
        value = parameterValue(endpoint, parameter);
      } catch (NoRequestValueException e) {
        if (parameter.required()) {
          throw e;
        }
        // An optional parameter without a value (Discord's status: enum []) is left out; the
        // next optional one of its location is tried instead.
        continue;
      }
      if (!parameter.required()) {
        optionalTaken.add(parameter.location());
      }
      setter.invoke(builder, convert(value, setter.getGenericParameterTypes()[0]));
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Method setter(Class<?> builder, String name) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        return method;
      }
    }
    return null;
  }

  private JsonNode parameterValue(Endpoint endpoint, Parameter parameter) {
    String in = parameter.location().name().toLowerCase(java.util.Locale.ROOT);
    for (Endpoint.Located located : endpoint.parameters()) {
      JsonNode node = located.node();
      if (node.path("name").asText().equals(parameter.wireName())
          && node.path("in").asText().equals(in)) {
        JsonNode example = node.get("example");
        if (example == null && node.path("examples").elements().hasNext()) {
          example = description.resolve(node.path("examples").elements().next()).get("value");
        }
        return values.validValueFor(located.pointer() + "/schema", example);
      }
    }
    throw new IllegalStateException(
        "parameter " + parameter.wireName() + " not in the description");
  }

  private Endpoint.Located body(Endpoint endpoint) {
    return Endpoint.locate(
        description.tree(),
        endpoint.operation().path("requestBody"),
        endpoint.pointer() + "/requestBody");
  }

  private JsonNode bodyContent(Endpoint endpoint) {
    return body(endpoint).node().path("content");
  }

  private JsonNode bodyValue(Endpoint endpoint) {
    Endpoint.Located body = body(endpoint);
    JsonNode content = body.node().path("content");
    String mediaType = MediaTypes.chosen(content);
    if (mediaType == null) {
      return null;
    }
    JsonNode media = content.get(mediaType);
    JsonNode example = media.get("example");
    if (example == null && media.path("examples").elements().hasNext()) {
      example = description.resolve(media.path("examples").elements().next()).get("value");
    }
    if (!media.has("schema")) {
      // No schema admits any value (the client takes a JsonNode): the example, else an empty
      // object, rather than a pointer to a schema that is not there.
      return example != null ? example : mapper.createObjectNode();
    }
    return values.validValueFor(
        body.pointer() + "/content/" + Description.token(mediaType) + "/schema", example);
  }

  private Object convert(JsonNode value, Type type) {
    if (value == null) {
      return null;
    }
    if (type == String.class && !value.isTextual()) {
      return value.isContainerNode() ? value.toString() : value.asText();
    }
    return mapper.convertValue(narrowed(value), mapper.getTypeFactory().constructType(type));
  }

  /**
   * The value with integers in the smallest node that holds them. The description is read with
   * every integer as a BigInteger, exactly, and Jackson builds a generated integer enum from an int
   * only, never narrowing a BigInteger to call it.
   */
  private static JsonNode narrowed(JsonNode value) {
    if (value.isBigInteger() && value.canConvertToLong()) {
      return value.canConvertToInt()
          ? JsonNodeFactory.instance.numberNode(value.intValue())
          : JsonNodeFactory.instance.numberNode(value.longValue());
    }
    if (value.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(item -> copy.add(narrowed(item)));
      return copy;
    }
    if (value.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      value.properties().forEach(field -> copy.set(field.getKey(), narrowed(field.getValue())));
      return copy;
    }
    return value;
  }
}
