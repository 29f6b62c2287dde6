package dev.spincheck.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Modern technical English for the exceptions: the prose paragraphs of Debian's documentation packages (manuals of
 * scientific Python libraries, PostgreSQL, git, GIMP, LibreOffice, Maxima, Python), 4.7 M words, fetched and
 * extracted by {@code scripts/fetch-debian-docs.sh} into {@code sources/debian-docs/<package>_<version>.txt}. Why:
 * the speech-trained LM, Google-Books' very common bigrams, Brown (1961) and WordNet's glosses do not attest the
 * ordinary phrases of technical writing ("numerical accuracy", "auxiliary information", "interface functions"),
 * which the generated model read as spun terms in scientific manuals. Only n-gram facts reach the tables: a variant
 * found in these paragraphs is an exception; no text is bundled. The manuals measured as unseen clean text
 * ({@code scripts/clean-science-docs.sh}: scikit-learn, SciPy, R, Octave) are deliberately not in this list.
 */
public final class DebianDocs {

  /** Package=version (Debian 12), read by the fetch script too; every package's licence permits this use. */
  public static final List<String> PACKAGES = List.of(
      "debian-reference-en=2.100",
      "gimp-help-en=2.10.34-2",
      "git-doc=1:2.39.5-0+deb12u3",
      "libreoffice-help-en-us=4:7.4.7-1+deb12u14",
      "maxima-doc=5.46.0-11",
      "postgresql-doc-15=15.20-0+deb12u1",
      "python-astropy-doc=5.2.1-2+deb12u1",
      "python-cvxopt-doc=1.3.0+dfsg-1",
      "python-dask-doc=2022.12.1+dfsg-2",
      "python-h5py-doc=3.7.0-8",
      "python-lmfit-doc=1.1.0-1",
      "python-mdanalysis-doc=2.4.2+dfsg1-1",
      "python-nibabel-doc=5.0.0-2",
      "python-pandas-doc=1.5.3+dfsg-2",
      "python-pymatgen-doc=2022.11.7+dfsg1-11+deb12u2",
      "python-qutip-doc=4.7.1-2",
      "python-skimage-doc=0.19.3-8",
      "python-statsmodels-doc=0.13.5+dfsg-7",
      "python-sympy-doc=1.11.1-1",
      "python-tables-doc=3.7.0-5",
      "python-xarray-doc=2023.01.0-1.1",
      "python3.11-doc=3.11.2-6+deb12u9");

  private DebianDocs() {
  }

  /** The extracted paragraph files, one per package, in the list's order; fails naming a missing one. */
  public static List<Path> files(Path sources) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String p : PACKAGES) {
      String name = p.substring(0, p.indexOf('=')) + "_" + p.substring(p.indexOf('=') + 1).replace(':', '%') + ".txt";
      Path f = sources.resolve("debian-docs").resolve(name);
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + " is missing: run scripts/fetch-debian-docs.sh");
      }
      out.add(f);
    }
    return out;
  }

  /** The paragraphs of one extracted file. */
  public static List<String> paragraphs(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }
}
