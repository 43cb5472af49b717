package org.coprod.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A class loader that defines a few named classes itself, from their class files, in its own
 * unnamed module (as if they lay on the class path), and leaves every other class to its parent.
 *
 * <p>Surefire runs this module's tests on the module path, patched into the named module {@code
 * org.coprod.rules}, where {@link java.util.ServiceLoader} ignores {@code META-INF/services} files
 * and providers; PIT runs them on the class path. Loading the test's provider through this loader
 * lets one test of {@link Rulebook#discover()} read the real {@code META-INF/services} file of the
 * test resources, the way an application on the class path would, under both.
 */
final class ClassPathLoader extends ClassLoader {
  private final Set<String> own;

  /** A loader that defines the classes of these names itself. */
  ClassPathLoader(ClassLoader parent, String... classNames) {
    super("class-path-providers", parent);
    this.own = Set.of(classNames);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!own.contains(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classFile(name);
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] classFile(String name) throws ClassNotFoundException {
    // Class files are never encapsulated, so the parent hands them out even from a named module.
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
