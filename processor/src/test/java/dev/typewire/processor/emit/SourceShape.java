package dev.typewire.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTreeScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.ModelReader;
import dev.typewire.processor.read.SchemaParser;
import dev.typewire.processor.validate.ModelValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The oracle of the generated-source property: the description of {@link SlotTemplate} is generated
 * once with placeholders and once with the texts under test, both are compiled by javac, and their
 * trees must have the same shape (every node kind, modifier and Javadoc tag, with identifier names,
 * literal values and comment text left out), while every string literal must be the placeholder one
 * with each placeholder replaced by exactly its slot's text.
 */
final class SourceShape {

  private static final Pattern PLACEHOLDER = Pattern.compile("SLOT(\\d\\d)");
  private static final Set<String> EMITTER_ELEMENTS = Set.of("p", "code", "pre");
  private static final Set<DocTree.Kind> PROSE =
      Set.of(DocTree.Kind.TEXT, DocTree.Kind.ENTITY, DocTree.Kind.END_ELEMENT);
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  /** What one generation gave: its shape and its string literals, in tree order. */
  record Shape(List<String> nodes, List<String> literals) {}

  private static Shape benign;

  private SourceShape() {}

  /** Generates the template with {@code text} in its slots and checks it against the benign one. */
  static void check(java.util.function.IntFunction<String> text) throws IOException {
    if (benign == null) {
      SlotTemplate template = SlotTemplate.benign();
      benign = shape(template.json());
    }
    SlotTemplate template = SlotTemplate.of(text);
    Shape hostile = shape(template.json());
    List<String> values = template.values();
    for (int i = 0; i < Math.min(benign.nodes().size(), hostile.nodes().size()); i++) {
      int at = i;
      assertEquals(
          benign.nodes().get(i),
          hostile.nodes().get(i),
          () ->
              "tree node "
                  + at
                  + " differs; placeholders: "
                  + around(benign.nodes(), at)
                  + ", hostile: "
                  + around(hostile.nodes(), at));
    }
    assertEquals(benign.nodes().size(), hostile.nodes().size(), "number of tree nodes");
    assertEquals(benign.literals().size(), hostile.literals().size(), "number of literals");
    for (int i = 0; i < benign.literals().size(); i++) {
      assertEquals(
          substitute(benign.literals().get(i), values),
          hostile.literals().get(i),
          "string literal " + i + " from " + benign.literals().get(i));
    }
  }

  private static String around(List<String> nodes, int at) {
    return nodes.subList(Math.max(0, at - 12), Math.min(nodes.size(), at + 6)).toString();
  }

  private static String substitute(String literal, List<String> values) {
    Matcher matcher = PLACEHOLDER.matcher(literal);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(values.get(Integer.parseInt(matcher.group(1)))));
    }
    return matcher.appendTail(out).toString();
  }

  /** Reads, validates and emits {@code json}, then compiles the sources and records their shape. */
  static Shape shape(String json) throws IOException {
    List<GeneratedSource> sources = generate(json);
    List<JavaFileObject> files = new ArrayList<>();
    for (GeneratedSource source : sources) {
      assertTrue(source.text().chars().allMatch(c -> c < 0x80), source.qualifiedName());
      files.add(new Source(source));
    }
    Path out = Files.createTempDirectory("typewire-shape");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = JAVAC.getStandardFileManager(diagnostics, null, null)) {
      JavacTask task =
          (JavacTask)
              JAVAC.getTask(
                  null,
                  manager,
                  diagnostics,
                  List.of(
                      "-proc:none",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      out.toString()),
                  null,
                  files);
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      assertTrue(
          diagnostics.getDiagnostics().stream()
              .noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR),
          () -> diagnostics.getDiagnostics() + "\n" + sources);
      List<String> nodes = new ArrayList<>();
      List<String> literals = new ArrayList<>();
      Scanner scanner = new Scanner(DocTrees.instance(task), nodes, literals);
      for (CompilationUnitTree unit : units) {
        scanner.scan(unit, null);
      }
      return new Shape(nodes, literals);
    } finally {
      try (var walk = Files.walk(out)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static List<GeneratedSource> generate(String json) {
    Diagnostics diagnostics = new Diagnostics();
    ApiModel model;
    try {
      model = ModelReader.read(SchemaParser.parse("template.json", json), "", diagnostics);
    } catch (SchemaParser.ParseException e) {
      throw new AssertionError(e);
    }
    ModelValidator.validate(model, diagnostics);
    assertFalse(diagnostics.hasErrors(), diagnostics.problems()::toString);
    return SourceEmitter.emit(new EmitContext("com.example.shape", model, "test", null, false));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(GeneratedSource source) {
      super(
          URI.create("string:///" + source.qualifiedName().replace('.', '/') + ".java"),
          Kind.SOURCE);
      this.text = source.text();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Node kinds with modifiers and Javadoc structure; names, values and prose left out. */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees docTrees;
    private final List<String> nodes;
    private final List<String> literals;

    Scanner(DocTrees docTrees, List<String> nodes, List<String> literals) {
      this.docTrees = docTrees;
      this.nodes = nodes;
      this.literals = literals;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree == null) {
        return null;
      }
      nodes.add(tree.getKind().name());
      if (tree instanceof ModifiersTree modifiers) {
        nodes.add(modifiers.getFlags().toString());
      }
      if (tree instanceof LiteralTree literal && literal.getValue() instanceof String value) {
        literals.add(value);
      }
      TreePath path = new TreePath(getCurrentPath(), tree);
      DocCommentTree doc = docTrees.getDocCommentTree(path);
      if (doc != null) {
        new DocTreeScanner<Void, Void>() {
          @Override
          public Void scan(DocTree node, Void p) {
            if (node instanceof StartElementTree element) {
              // The emitter adds <p> and <code> where the schema has text; schema text itself
              // must never add an element.
              assertTrue(
                  EMITTER_ELEMENTS.contains(element.getName().toString()), element::toString);
            } else if (node != null && !PROSE.contains(node.getKind())) {
              nodes.add("doc:" + node.getKind().name());
            }
            return super.scan(node, p);
          }
        }.scan(doc, null);
      }
      return super.scan(tree, unused);
    }
  }
}
