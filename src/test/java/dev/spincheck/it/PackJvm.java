package dev.spincheck.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts a separate JVM the way a user would run LanguageTool with the pack: LanguageTool's own jars plus the built
 * drop-in jar, and not target/classes (which would hide a broken jar).
 */
final class PackJvm {

  private PackJvm() {
  }

  static Path dropInJar() {
    String p = System.getProperty("spincheck.jar");
    assertTrue(p != null, "run with failsafe (mvn verify): system property spincheck.jar is not set");
    Path jar = Path.of(p);
    assertTrue(Files.isRegularFile(jar), "drop-in jar not built: " + jar);
    return jar;
  }

  /** LanguageTool (and test) classpath without the project's own classes, plus the drop-in jar. */
  static String classpathWithJar(boolean includeTestClasses) {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    List<String> out = new ArrayList<>();
    for (String e : entries) {
      String n = e.replace('\\', '/');
      if (n.endsWith("target/classes") || n.endsWith("target/classes/")) {
        continue;
      }
      if (!includeTestClasses && (n.endsWith("target/test-classes") || n.endsWith("target/test-classes/"))) {
        continue;
      }
      out.add(e);
    }
    out.add(dropInJar().toString());
    return String.join(File.pathSeparator, out);
  }

  static ProcessBuilder java(String classpath, String mainClass, String... args) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx1g", "-cp", classpath, mainClass));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static String jarEntries(Path jar) throws IOException {
    try (var zip = new java.util.zip.ZipFile(jar.toFile());
         Stream<? extends java.util.zip.ZipEntry> s = zip.stream()) {
      return s.map(java.util.zip.ZipEntry::getName).collect(Collectors.joining("\n"));
    }
  }
}
