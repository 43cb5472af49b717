package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coprod.rules.internal.Columns;
import org.junit.jupiter.api.Test;

/**
 * The index's columns stay inside the module: their package is not exported, and nothing public in
 * an exported package hands out one of its types.
 */
class InternalColumnsTest {
  private static final String INTERNAL = "org.coprod.rules.internal";

  private static Path classes() throws URISyntaxException {
    return Path.of(ProjectIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void theModuleExportsItsPublicPackagesButNotTheColumns() throws Exception {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(Columns.class.getPackageName()).isEqualTo(INTERNAL);
    assertThat(exported)
        .doesNotContain(INTERNAL)
        .contains("org.coprod.rules", "org.coprod.rules.standard", "org.coprod.rules.render");
  }

  @Test
  void noPublicMethodOrFieldOfAnExportedClassNamesAColumnsType() throws Exception {
    Path root = classes();
    List<String> leaks = new ArrayList<>();
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
              .filter(f -> !f.endsWith("package-info.class"))
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .filter(n -> !n.startsWith(INTERNAL + "."))
              .sorted()
              .toList();
    }
    assertThat(names).contains(ProjectIndex.class.getName());
    for (String name : names) {
      Class<?> type = Class.forName(name, false, ProjectIndex.class.getClassLoader());
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method m : type.getMethods()) {
        List<Class<?>> seen = new ArrayList<>(List.of(m.getParameterTypes()));
        seen.add(m.getReturnType());
        for (Class<?> t : seen) {
          if (isInternal(t)) {
            leaks.add(name + "." + m.getName());
          }
        }
      }
      for (Field f : type.getFields()) {
        if (isInternal(f.getType())) {
          leaks.add(name + "." + f.getName());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean isInternal(Class<?> t) {
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t.getPackageName().equals(INTERNAL);
  }

  private static ProjectIndex index() {
    return ProjectIndex.of(
        Fixtures.project()
            .addParticipant(Fixtures.le("ana").build(), Fixtures.pro("ben").build())
            .addContribution(
                Fixtures.contribution("ana", 2).build(), Fixtures.contribution("ben", 3).build())
            .build()
            .asOf(Fixtures.day(20)));
  }

  @Test
  void theColumnsAreReachedOneWayOnly() {
    ProjectIndex index = index();
    assertThat(Columns.of(index).count()).isEqualTo(2);
    assertThat(Columns.of(index).contributor(1).id().value()).isEqualTo("ben");
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> Columns.install(i -> Columns.of(index)))
        .withMessageContaining("one way");
  }

  @Test
  void anIndexsColumnsAreItsOwnAndStayTheSame() {
    ProjectIndex index = index();
    assertThat(Columns.of(index)).isSameAs(Columns.of(index));
  }
}
