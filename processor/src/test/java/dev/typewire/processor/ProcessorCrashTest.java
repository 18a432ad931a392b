package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nothing thrown inside the processor reaches javac. The failure comes from the build tool's side
 * (a Filer that reads but throws an unchecked exception on writing, as some IDE filers do), so the
 * processor needs no test hook; {@code GuardTest} covers failures inside reading.
 */
class ProcessorCrashTest {

  @Test
  void unexpectedExceptionBecomesOneBugError() {
    Compilation compilation =
        SchemaCompiler.compiler()
            .withProcessors(new ThrowingFilerProcessor(new TypewireProcessor()))
            .compile(SchemaCompiler.packageInfo("warnings.yaml"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TW-BUG] ");
    assertThat(compilation).hadErrorContaining("UnsupportedOperationException: filer is broken");
    assertThat(compilation).hadErrorContaining("Typewire bug");
  }

  /** Runs a processor with a processing environment whose Filer fails. */
  private static final class ThrowingFilerProcessor implements Processor {
    private final Processor delegate;

    ThrowingFilerProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new ThrowingFilerEnvironment(env));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        Element element,
        javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member,
        String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  private record ThrowingFilerEnvironment(ProcessingEnvironment env)
      implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
          throw new UnsupportedOperationException("filer is broken");
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
          throw new UnsupportedOperationException("filer is broken");
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location,
            CharSequence moduleAndPkg,
            CharSequence relativeName,
            Element... originatingElements) {
          throw new UnsupportedOperationException("filer is broken");
        }

        @Override
        public FileObject getResource(
            JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
            throws IOException {
          return env.getFiler().getResource(location, moduleAndPkg, relativeName);
        }
      };
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }
}
