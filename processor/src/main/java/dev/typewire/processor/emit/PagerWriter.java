package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Pagination;
import dev.typewire.processor.model.Pagination.Style;
import dev.typewire.processor.model.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The auto-paging methods of one paged operation: {@code <op>AutoPaging} (blocking, with and
 * without request options) and {@code <op>AutoPagingAsync}. Each hands the runtime's {@code
 * AutoPager} or {@code AsyncPage} a fetcher calling the operation's own method, an items extractor,
 * and the end rule the declaration names; the paging logic lives in the runtime.
 */
final class PagerWriter {

  private static final ClassName AUTO_PAGER = EmitContext.runtime("AutoPager");
  private static final ClassName ASYNC_PAGE = EmitContext.runtime("AsyncPage");
  private static final ClassName PAGE_END = EmitContext.runtime("PageEnd");
  private static final ClassName REQUEST_OPTIONS = EmitContext.runtime("RequestOptions");

  private final EmitContext context;
  private final Operation operation;
  private final OperationSignature signature;
  private final Pagination paging;
  private final TypeName page;
  private final Set<String> taken = new HashSet<>(Set.of("params", "body", "options"));

  PagerWriter(EmitContext context, Operation operation, OperationSignature signature) {
    this.context = context;
    this.operation = operation;
    this.signature = signature;
    this.paging = operation.pagination();
    this.page = context.typeName(operation.response());
    operation.parameters(Parameter.Location.PATH).forEach(p -> taken.add(p.javaName()));
  }

  /**
   * @param responseField the API class's {@code ResponseType} constant of the operation
   */
  void addTo(TypeSpec.Builder api, String responseField) {
    String name = operation.javaName();
    TypeName item = context.typeName(paging.itemType());
    api.addMethod(
        signature
            .method(name + "AutoPaging", ParameterizedTypeName.get(AUTO_PAGER, item), true)
            .addJavadoc(
                javadoc(
                    "@param options per-request headers, timeout and retry policy, for every page\n"))
            .addJavadoc("@return every item, fetched page by page\n")
            .addCode(body(AUTO_PAGER, name, responseField))
            .build());
    api.addMethod(
        signature
            .method(name + "AutoPaging", ParameterizedTypeName.get(AUTO_PAGER, item), false)
            .addJavadoc(javadoc(""))
            .addJavadoc("@return every item, fetched page by page\n")
            .addStatement(
                "return $N($L)",
                name + "AutoPaging",
                signature.arguments(
                    CodeBlock.of("params"), CodeBlock.of("$T.none()", REQUEST_OPTIONS)))
            .build());
    api.addMethod(
        signature
            .method(
                name + "AutoPagingAsync",
                ParameterizedTypeName.get(
                    ClassName.get(CompletableFuture.class),
                    ParameterizedTypeName.get(ASYNC_PAGE, item)),
                true)
            .addJavadoc(
                javadoc(
                    "@param options per-request headers, timeout and retry policy, for every page\n"))
            .addJavadoc(
                "@return the first page; each page's {@code next()} fetches the one after it,\n"
                    + "    and a failure completes the page's future with the {@code ApiException}\n")
            .addCode(body(ASYNC_PAGE, name + "Async", responseField))
            .build());
  }

  private CodeBlock javadoc(String optionsDoc) {
    return CodeBlock.builder()
        .add(signature.description())
        .add("\n<p>$L\n\n", Javadocs.wrap(howItPages(), 3))
        .add(signature.parameterDocs(true))
        .add(optionsDoc)
        .build();
  }

  private String howItPages() {
    String end =
        " Paging ends at an empty page"
            + (paging.total() != null ? ", once the declared total is reached" : "")
            + (paging.hasMore() != null ? ", when the page says it has no more" : "")
            + "; never because a page is shorter than asked, since servers cap page sizes.";
    return switch (paging.style()) {
      case OFFSET_LIMIT ->
          "Pages through every result lazily by offset and limit: the offset in {@code params} is"
              + " the first one (0 when unset), its limit, or "
              + paging.defaultPageSize()
              + " when unset, the page size; offsets advance by the items received."
              + end;
      case PAGE_SIZE ->
          "Pages through every result lazily by page number: the page in {@code params} is the"
              + " first one ("
              + paging.firstPage()
              + " when unset)."
              + end;
      case CURSOR ->
          "Pages through every result lazily by cursor: the cursor in {@code params} starts the"
              + " listing (the beginning when unset); each page names the next one, and a page"
              + " without a next cursor is the last."
              + end;
      case LINK_HEADER ->
          "Pages through every result lazily, following each response's {@code Link:"
              + " rel=\"next\"} header (on the same origin only); a page without one is the last."
              + end;
    };
  }

  /** The pager expression; {@code call} is the operation's blocking or async method. */
  private CodeBlock body(ClassName pager, String call, String responseField) {
    String at = fresh("at");
    String size = fresh("size");
    CodeBlock items = items();
    CodeBlock end = end();
    return switch (paging.style()) {
      case OFFSET_LIMIT, PAGE_SIZE -> {
        String start = fresh("start");
        String pageSize = fresh("pageSize");
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement(
            "int $N = params.$N() == null ? $L : params.$N()",
            start,
            paging.positionParam(),
            paging.style() == Style.OFFSET_LIMIT ? 0 : paging.firstPage(),
            paging.positionParam());
        if (paging.sizeParam() == null) {
          // The operation takes no page size: the runtime's check wants one, nothing sends it.
          code.addStatement("int $N = 1", pageSize);
        } else {
          code.addStatement(
              "int $N = params.$N() == null ? $L : params.$N()",
              pageSize,
              paging.sizeParam(),
              paging.defaultPageSize(),
              paging.sizeParam());
        }
        CodeBlock.Builder pageParams =
            CodeBlock.builder().add("params.toBuilder().$N($N)", paging.positionParam(), at);
        if (paging.sizeParam() != null) {
          pageParams.add(".$N($N)", paging.sizeParam(), size);
        }
        pageParams.add(".build()");
        yield code.addStatement(
                "return $T.$N(\n$N,\n$N,\n($N, $N) -> $N($L),\n$L,\n$L)",
                pager,
                paging.style() == Style.OFFSET_LIMIT ? "offsetLimit" : "pageNumber",
                start,
                pageSize,
                at,
                size,
                call,
                signature.arguments(pageParams.build(), CodeBlock.of("options")),
                items,
                end)
            .build();
      }
      case CURSOR ->
          CodeBlock.builder()
              .addStatement(
                  "return $T.cursor(\nparams.$N(),\n$N -> $N($L),\n$L,\n$L,\n$L)",
                  pager,
                  paging.positionParam(),
                  at,
                  call,
                  signature.arguments(
                      CodeBlock.of("params.toBuilder().$N($N).build()", paging.positionParam(), at),
                      CodeBlock.of("options")),
                  items,
                  lambda(paging.nextCursor()),
                  end)
              .build();
      case LINK_HEADER ->
          CodeBlock.builder()
              .addStatement(
                  "return $T.linkHeader(\ntransport,\n$L,\n$N,\n$L,\n$L)",
                  pager,
                  signature.requestCall(operation.javaName()),
                  responseField,
                  items,
                  end)
              .build();
    };
  }

  private CodeBlock items() {
    return lambda(paging.items());
  }

  private CodeBlock end() {
    Optional<CodeBlock> total =
        Optional.ofNullable(paging.total())
            .map(path -> CodeBlock.of("$T.<$T>total($L)", PAGE_END, page, lambda(path)));
    Optional<CodeBlock> hasMore =
        Optional.ofNullable(paging.hasMore())
            .map(path -> CodeBlock.of("$T.<$T>hasMore($L)", PAGE_END, page, lambda(path)));
    if (total.isPresent() && hasMore.isPresent()) {
      return CodeBlock.of("$L.or($L)", total.get(), hasMore.get());
    }
    return total.or(() -> hasMore).orElse(CodeBlock.of("$T.<$T>never()", PAGE_END, page));
  }

  /**
   * A typed lambda reading the value at {@code accessors} from a page; a null object on the way
   * gives null, which the runtime reads as "nothing said" (or an empty page).
   */
  private CodeBlock lambda(List<String> accessors) {
    String p = fresh("page");
    if (accessors.isEmpty()) {
      return CodeBlock.of("($T $N) -> $N", page, p, p);
    }
    if (accessors.size() == 1) {
      return CodeBlock.of("($T $N) -> $N.$N()", page, p, p, accessors.get(0));
    }
    String v = fresh("value");
    CodeBlock.Builder chain =
        CodeBlock.builder()
            .add("($T $N) -> $T.ofNullable($N.$N())", page, p, Optional.class, p, accessors.get(0));
    for (String accessor : accessors.subList(1, accessors.size())) {
      chain.add(".map($N -> $N.$N())", v, v, accessor);
    }
    return chain.add(".orElse(null)").build();
  }

  /** {@code wanted}, or it with underscores, so that it shadows no method parameter. */
  private String fresh(String wanted) {
    String name = wanted;
    while (taken.contains(name)) {
      name += "_";
    }
    return name;
  }
}
