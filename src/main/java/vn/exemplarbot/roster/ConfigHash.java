package vn.exemplarbot.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of {@code bot-config/}: each regular file's path (relative, {@code /}-separated) and
 * contents, in the order of their paths, so two folders with the same files hash the same on any
 * machine.
 */
final class ConfigHash {

  private ConfigHash() {}

  static String of(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] content = Files.readAllBytes(file);
        sha.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(content);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
