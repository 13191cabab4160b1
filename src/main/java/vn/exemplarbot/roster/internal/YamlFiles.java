package vn.exemplarbot.roster.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a configuration file into a YAML node tree, keeping lines for every later problem. */
public final class YamlFiles {

  private YamlFiles() {}

  /** The file's node tree, or null with the problem recorded (missing, unreadable, bad YAML). */
  public static Node compose(Path file, Problems problems) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
      if (root == null) {
        problems.add(0, "", "config.file.empty");
      }
      return root;
    } catch (NoSuchFileException e) {
      problems.add(0, "", "config.file.missing", file.toAbsolutePath().getParent());
    } catch (CharacterCodingException e) {
      problems.add(0, "", "config.file.encoding");
    } catch (IOException e) {
      problems.add(0, "", "config.file.unreadable", e.getMessage());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      problems.add(line, "", "config.yaml.invalid", describe(e));
    } catch (YAMLException e) {
      // SnakeYAML reads lazily, so a decoding error surfaces wrapped in its own exception.
      if (e.getCause() instanceof CharacterCodingException) {
        problems.add(0, "", "config.file.encoding");
      } else {
        problems.add(0, "", "config.yaml.invalid", e.getMessage());
      }
    }
    return null;
  }

  private static String describe(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : e.getContext() + ", ";
    return context + (e.getProblem() == null ? "" : e.getProblem());
  }
}
