package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.model.Operation;
import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.BinaryResponse;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.NoValidValueException;
import dev.typewire.testing.internal.NoValueAdmittedException;
import dev.typewire.testing.internal.RequestValidator;
import dev.typewire.testing.internal.ResponseBodies;
import dev.typewire.testing.internal.SchemaValidator;
import dev.typewire.testing.internal.SuccessResponse;
import dev.typewire.testing.internal.UnusableSchemaException;
import dev.typewire.testing.internal.ValidatingServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict on each operation: skipped when a warning names a construct Typewire documents as
 * unsupported or when a value the request needs provably cannot exist, else called, and failed for
 * anything the server found wrong with the request, anything the client threw, or a decoded
 * response that no longer re-encodes validly.
 */
final class OperationVerdicts {

  /** Warnings naming constructs Typewire documents as unsupported: their operations are skipped. */
  private static final Set<String> UNSUPPORTED = Set.of("TW-MEDIA-TYPE", "TW-PARAMETER-STYLE");

  private final Description description;
  private final OperationCaller caller;
  private final ValidatingServer server;
  private final ObjectMapper mapper;
  private final SchemaValidator schemas;
  private final ResponseBodies bodies;
  private final CheckReport report;

  /**
   * @param server the built-in server, or null when the calls go to {@code --base-url}
   */
  OperationVerdicts(
      Description description,
      OperationCaller caller,
      ValidatingServer server,
      ObjectMapper mapper,
      SchemaValidator schemas,
      ResponseBodies bodies,
      CheckReport report) {
    this.description = description;
    this.caller = caller;
    this.server = server;
    this.mapper = mapper;
    this.schemas = schemas;
    this.bodies = bodies;
    this.report = report;
  }

  /** Calls one operation and reports PASS, FAIL or SKIP with the reasons. */
  void check(Endpoint endpoint, Operation operation) {
    String name = endpoint.describe();
    List<String> unsupported = unsupported(endpoint);
    if (!unsupported.isEmpty()) {
      report.skip(name, String.join("; ", unsupported));
      return;
    }
    if (operation == null) {
      report.fail(name, "no method was generated for this operation, and no warning says why");
      return;
    }
    List<String> reasons = new ArrayList<>();
    if (server != null) {
      server.expect(endpoint);
    }
    OperationCaller.Outcome outcome;
    try {
      outcome = caller.call(operation, endpoint);
    } catch (OperationCaller.NoMethodException e) {
      report.fail(name, e.getMessage());
      return;
    }
    if (outcome.thrown() instanceof NoValueAdmittedException
        || outcome.thrown() instanceof UnusableSchemaException) {
      if (server != null) {
        server.drain();
      }
      report.skip(name, outcome.thrown().getMessage());
      return;
    }
    JsonNode sent = null;
    if (server != null) {
      List<ValidatingServer.Exchange> exchanges = server.drain();
      sent = exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1).sentBody();
      if (exchanges.isEmpty() && outcome.thrown() == null) {
        reasons.add("no request reached the server");
      }
      for (ValidatingServer.Exchange exchange : exchanges) {
        if (exchange.endpoint() == null
            || !exchange.endpoint().pointer().equals(endpoint.pointer())) {
          reasons.add(
              "the request reached "
                  + (exchange.endpoint() == null
                      ? "no operation of the description"
                      : exchange.endpoint().describe()));
        }
        reasons.addAll(exchange.problems());
      }
    }
    if (outcome.asyncDifference() != null) {
      reasons.add(outcome.asyncDifference());
    }
    if (outcome.thrown() instanceof NoValidValueException e) {
      reasons.add(e.getMessage());
    } else if (outcome.thrown() != null) {
      reasons.add("the client threw " + describe(outcome.thrown()));
    } else if (!outcome.returnsNothing()) {
      SuccessResponse response = bodies.response(endpoint);
      if (response.schemaPointer() != null) {
        if (outcome.value() == null) {
          reasons.add("the response decoded to null");
        } else {
          JsonNode reencoded;
          if (outcome.value() instanceof BinaryResponse binary) {
            reencoded = TextNode.valueOf(downloaded(binary));
            if (sent != null && !sent.asText().equals(reencoded.asText())) {
              reasons.add("the downloaded bytes differ from those the server sent");
            }
          } else if (outcome.value() instanceof String text) {
            reencoded = TextNode.valueOf(text);
          } else {
            reencoded = mapper.valueToTree(outcome.value());
          }
          List<String> problems = schemas.problems(reencoded, response.schemaPointer());
          if (!problems.isEmpty()
              && sent != null
              && !schemas.problems(sent, response.schemaPointer()).isEmpty()) {
            // The answer was already invalid: no verdict on the client is possible.
            reasons.add(
                new NoValidValueException(
                        response.schemaPointer(), schemas.problems(sent, response.schemaPointer()))
                    .getMessage());
            problems = List.of();
          }
          for (String problem : problems) {
            reasons.add("response re-encoded " + problem + " (" + response.schemaPointer() + ")");
          }
        }
      }
    }
    // The sync and the async call send the same request: one verdict on it is enough.
    reasons = new ArrayList<>(new LinkedHashSet<>(reasons));
    List<String> limits = sharedAuthorization(endpoint);
    if (!reasons.isEmpty()
        && !limits.isEmpty()
        && reasons.stream().allMatch(r -> r.startsWith(RequestValidator.NO_CREDENTIAL))) {
      // The runtime sends one Authorization header, as the warning says: what the server misses
      // is that documented limit, not a defect.
      report.skip(name, String.join("; ", limits));
    } else if (reasons.isEmpty()) {
      report.pass(name);
    } else {
      report.fail(name, String.join("; ", reasons));
    }
  }

  /** A binary response's body as text, read to its end and closed. */
  private static String downloaded(BinaryResponse binary) {
    try (binary) {
      return new String(binary.body().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code TW-SECURITY} warnings on a scheme of this operation's requirements that shares
   * {@code Authorization} with another scheme of the same requirement: the runtime sends only the
   * first, as the warning says.
   */
  private List<String> sharedAuthorization(Endpoint endpoint) {
    boolean own = endpoint.operation().has("security");
    JsonNode requirements =
        own ? endpoint.operation().get("security") : description.root().path("security");
    String at = own ? endpoint.pointer() + "/security" : "#/security";
    List<String> named = new ArrayList<>();
    for (int i = 0; i < requirements.size(); i++) {
      List<String> filling = new ArrayList<>();
      Iterator<String> schemes = requirements.get(i).fieldNames();
      while (schemes.hasNext()) {
        String scheme = schemes.next();
        if (fillsAuthorization(scheme)) {
          filling.add(at + "/" + i + "/" + Description.token(scheme));
        }
      }
      for (Problem problem : description.problems()) {
        if (filling.size() > 1
            && "TW-SECURITY".equals(problem.id())
            && filling.contains(problem.pointer())) {
          named.add("[" + problem.id() + "] " + problem.message());
        }
      }
    }
    return named;
  }

  private boolean fillsAuthorization(String scheme) {
    String type =
        description
            .resolve(description.root().path("components").path("securitySchemes").path(scheme))
            .path("type")
            .asText();
    return type.equals("http") || type.equals("oauth2") || type.equals("openIdConnect");
  }

  private List<String> unsupported(Endpoint endpoint) {
    List<String> named = new ArrayList<>();
    for (Problem problem : description.problems()) {
      String pointer = problem.pointer();
      if (problem.severity() == Problem.Severity.WARNING
          && UNSUPPORTED.contains(problem.id())
          && pointer != null
          && !inOtherResponse(endpoint, pointer)
          && (pointer.equals(endpoint.pointer())
              || pointer.startsWith(endpoint.pointer() + "/")
              || endpoint.parameters().stream().anyMatch(p -> pointer.startsWith(p.pointer())))) {
        named.add("[" + problem.id() + "] " + problem.message());
      }
    }
    return named;
  }

  /**
   * Whether a pointer lies in a response other than the success response the check verifies: an
   * error body the client cannot type still raises a typed {@code ApiException}, so it hides
   * nothing of what the check calls.
   */
  private boolean inOtherResponse(Endpoint endpoint, String pointer) {
    String responses = endpoint.pointer() + "/responses/";
    if (!pointer.startsWith(responses)) {
      return false;
    }
    String code = pointer.substring(responses.length()).split("/", 2)[0];
    String success = SuccessResponse.code(endpoint);
    return success == null || !code.equals(Description.token(success));
  }

  private static String describe(Throwable thrown) {
    if (thrown instanceof ApiException api) {
      return thrown.getClass().getSimpleName()
          + " (status "
          + api.status()
          + "): "
          + thrown.getMessage();
    }
    return thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
  }
}
