package vn.exemplarbot.backup;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.exemplarbot.clock.Zones;

/**
 * The backup archive: {@code exemplar-backup-<yyyyMMdd-HHmmss>.tar.gz} (mode 0600) holding the
 * database copy ({@code database/exemplar.db}), the data folder's files ({@code data/…}), the
 * configuration ({@code bot-config/…}) and last a manifest ({@code manifest.json}: version, schema
 * version, time, each member's size and SHA-256). Beside it, {@code ….tar.gz.sha256} holds the
 * archive's SHA-256 and the manifest's, in {@code sha256sum}'s format, so that any changed byte
 * anywhere is found. Both are written under a {@code .part} name and moved into place, the checksum
 * first: a failed or killed backup leaves no archive that looks good.
 */
public final class BackupArchive {

  public static final String PREFIX = "exemplar-backup-";
  public static final String SUFFIX = ".tar.gz";
  public static final String CHECKSUM_SUFFIX = ".sha256";
  public static final String PART = ".part";
  static final String MANIFEST = "manifest.json";
  static final String DATABASE = "database/exemplar.db";
  static final String DATA = "data/";
  static final String CONFIG = "bot-config/";
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern NAME =
      Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}-\\d{6})" + Pattern.quote(SUFFIX));
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Zones.LOCAL);

  private BackupArchive() {}

  /** A file to put in the archive under a path of the archive. */
  public record Source(String path, Path file) {}

  public record Member(String path, long size, String sha256) {}

  public record Manifest(
      int format, String version, String schema, Instant createdAt, List<Member> files) {}

  /** The file name of a backup taken at this moment (UTC in the name, so it sorts). */
  public static String name(Instant at) {
    return PREFIX + STAMP.format(at) + SUFFIX;
  }

  /** When the backup of this file name was taken, if the name is one of ours. */
  public static Optional<Instant> takenAt(Path archive) {
    Matcher m = NAME.matcher(archive.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(STAMP.parse(m.group(1))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** When a backup was taken, as people read it (local time). */
  static String shown(Instant at) {
    return SHOWN.format(at);
  }

  /**
   * The archives of ours in a folder (by their names), newest first; none if there is no folder.
   */
  public static List<Path> list(Path folder) throws IOException {
    List<Path> all = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return all;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      s.forEach(
          p -> {
            if (takenAt(p).isPresent()) {
              all.add(p);
            }
          });
    }
    all.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
    return all;
  }

  public static Path checksumOf(Path archive) {
    return archive.resolveSibling(archive.getFileName() + CHECKSUM_SUFFIX);
  }

  /** Writes the archive into the folder, moved into place only when whole; returns its path. */
  public static Path write(
      Path folder, Instant at, List<Source> sources, String version, String schema)
      throws IOException {
    Path target = folder.resolve(name(at));
    Path part = folder.resolve(target.getFileName() + PART);
    Path checksum = checksumOf(target);
    Path checksumPart = folder.resolve(checksum.getFileName() + PART);
    Files.deleteIfExists(part);
    Files.deleteIfExists(checksumPart);
    createPrivate(part);
    MessageDigest whole = sha256();
    List<Member> members = new ArrayList<>();
    String manifestHash;
    try (FileOutputStream file = new FileOutputStream(part.toFile())) {
      DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(file), whole);
      GZIPOutputStream gzip = new GZIPOutputStream(digest, 64 * 1024);
      TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Source source : sources) {
        members.add(add(tar, source));
      }
      byte[] manifest = manifest(new Manifest(1, version, schema, at, members));
      manifestHash = HexFormat.of().formatHex(sha256().digest(manifest));
      TarArchiveEntry entry = new TarArchiveEntry(MANIFEST);
      entry.setSize(manifest.length);
      entry.setMode(0600);
      entry.setModTime(at.toEpochMilli());
      tar.putArchiveEntry(entry);
      tar.write(manifest);
      tar.closeArchiveEntry();
      // Finished layer by layer, not closed: the file must stay open to reach the disk.
      tar.finish();
      tar.flush();
      gzip.finish();
      digest.flush();
      file.getFD().sync();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    String lines =
        HexFormat.of().formatHex(whole.digest())
            + "  "
            + target.getFileName()
            + "\n"
            + manifestHash
            + "  "
            + MANIFEST
            + "\n";
    createPrivate(checksumPart);
    try (FileOutputStream out = new FileOutputStream(checksumPart.toFile())) {
      out.write(lines.getBytes(StandardCharsets.US_ASCII));
      out.getFD().sync();
    }
    move(checksumPart, checksum);
    move(part, target);
    return target;
  }

  private static Member add(TarArchiveOutputStream tar, Source source) throws IOException {
    long size = Files.size(source.file());
    TarArchiveEntry entry = new TarArchiveEntry(source.path());
    entry.setSize(size);
    entry.setMode(0600);
    entry.setModTime(Files.getLastModifiedTime(source.file()).toMillis());
    tar.putArchiveEntry(entry);
    MessageDigest md = sha256();
    byte[] buffer = new byte[64 * 1024];
    long left = size;
    try (InputStream in = Files.newInputStream(source.file())) {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException(source.file() + " shrank while it was being backed up");
        }
        md.update(buffer, 0, n);
        tar.write(buffer, 0, n);
        left -= n;
      }
    }
    tar.closeArchiveEntry();
    return new Member(source.path(), size, HexFormat.of().formatHex(md.digest()));
  }

  /**
   * Reads and checks the whole archive: its checksum file, its own hash, each member's path (no
   * absolute path, no {@code ..}, no link or device) and hash against the manifest, and the
   * manifest's hash; with a folder, writes the members there while reading (the caller discards the
   * folder when this throws).
   */
  public static Manifest read(Path archive, Optional<Path> extractInto)
      throws BadArchiveException, IOException {
    if (!Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadArchiveException("backup.bad.not-a-file", archive);
    }
    Path checksum = checksumOf(archive);
    if (!Files.isRegularFile(checksum)) {
      throw new BadArchiveException("backup.bad.no-checksum", checksum);
    }
    Map<String, String> expected = checksums(checksum);
    String archiveHash = expected.get(archive.getFileName().toString());
    String manifestHash = expected.get(MANIFEST);
    if (archiveHash == null || manifestHash == null) {
      throw new BadArchiveException("backup.bad.checksum-file", checksum);
    }
    MessageDigest whole = sha256();
    Map<String, Member> found = new LinkedHashMap<>();
    byte[] manifestBytes = null;
    try (InputStream file = Files.newInputStream(archive);
        DigestInputStream digest = new DigestInputStream(file, whole);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(digest))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        String path = entry.getName();
        if (!safe(path)) {
          throw new BadArchiveException("backup.bad.path", path);
        }
        byte kind = entry.getLinkFlag();
        if (kind != TarArchiveEntry.LF_NORMAL && kind != TarArchiveEntry.LF_OLDNORM) {
          throw new BadArchiveException("backup.bad.kind", path);
        }
        if (found.containsKey(path) || (manifestBytes != null)) {
          throw new BadArchiveException("backup.bad.extra", path);
        }
        if (path.equals(MANIFEST)) {
          manifestBytes = tar.readAllBytes();
          continue;
        }
        found.put(path, copy(tar, path, extractInto));
      }
      // The rest of the stream (the end blocks, the gzip trailer) counts in the archive's hash.
      digest.transferTo(OutputStream.nullOutputStream());
    } catch (WriteFailed e) {
      throw e.getCause();
    } catch (IOException | IllegalArgumentException e) {
      // Reading the archive failed: cut short, not gzip, a broken tar header.
      throw new BadArchiveException("backup.bad.damaged", archive, String.valueOf(e.getMessage()));
    }
    if (!HexFormat.of().formatHex(whole.digest()).equals(archiveHash)) {
      throw new BadArchiveException("backup.bad.archive-hash", archive);
    }
    if (manifestBytes == null) {
      throw new BadArchiveException("backup.bad.no-manifest", archive);
    }
    if (!HexFormat.of().formatHex(sha256().digest(manifestBytes)).equals(manifestHash)) {
      throw new BadArchiveException("backup.bad.manifest-hash", archive);
    }
    Manifest manifest = parse(manifestBytes);
    Map<String, Member> listed = new LinkedHashMap<>();
    manifest.files().forEach(m -> listed.put(m.path(), m));
    for (Member m : listed.values()) {
      Member f = found.get(m.path());
      if (f == null) {
        throw new BadArchiveException("backup.bad.missing", m.path());
      }
      if (!f.equals(m)) {
        throw new BadArchiveException("backup.bad.member-hash", m.path());
      }
    }
    for (String path : found.keySet()) {
      if (!listed.containsKey(path)) {
        throw new BadArchiveException("backup.bad.extra", path);
      }
    }
    if (!listed.containsKey(DATABASE)) {
      throw new BadArchiveException("backup.bad.missing", DATABASE);
    }
    return manifest;
  }

  private static Member copy(InputStream in, String path, Optional<Path> into) throws IOException {
    MessageDigest md = sha256();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    OutputStream out = OutputStream.nullOutputStream();
    if (into.isPresent()) {
      Path target = into.get().resolve(path).normalize();
      if (!target.startsWith(into.get())) {
        throw new IOException("path outside the folder: " + path);
      }
      try {
        Files.createDirectories(target.getParent());
        out =
            new BufferedOutputStream(
                Files.newOutputStream(
                    target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      } catch (IOException e) {
        throw new WriteFailed(e);
      }
    }
    try (OutputStream o = out) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        md.update(buffer, 0, n);
        try {
          o.write(buffer, 0, n);
        } catch (IOException e) {
          throw new WriteFailed(e);
        }
        size += n;
      }
    }
    return new Member(path, size, HexFormat.of().formatHex(md.digest()));
  }

  /** Writing an extracted member failed: an I/O error of the target, not a bad archive. */
  private static final class WriteFailed extends IOException {
    WriteFailed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Relative, with no {@code ..}, {@code .} or empty part, no backslash or NUL. */
  static boolean safe(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      return false;
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> checksums(Path file) throws BadArchiveException, IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        throw new BadArchiveException("backup.bad.checksum-file", file);
      }
      out.put(m.group(2), m.group(1));
    }
    return out;
  }

  private static byte[] manifest(Manifest m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", m.format());
    root.put("version", m.version());
    root.put("schema", m.schema());
    root.put("createdAt", m.createdAt().toString());
    ArrayNode files = root.putArray("files");
    for (Member f : m.files()) {
      files.addObject().put("path", f.path()).put("size", f.size()).put("sha256", f.sha256());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private static Manifest parse(byte[] bytes) throws BadArchiveException {
    try {
      JsonNode root = JSON.readTree(bytes);
      List<Member> files = new ArrayList<>();
      for (JsonNode f : root.path("files")) {
        files.add(
            new Member(
                f.path("path").asString(), f.path("size").asLong(), f.path("sha256").asString()));
      }
      return new Manifest(
          root.path("format").asInt(),
          root.path("version").asString(),
          root.path("schema").asString(),
          Instant.parse(root.path("createdAt").asString()),
          files);
    } catch (JacksonException | DateTimeParseException e) {
      throw new BadArchiveException("backup.bad.manifest", e.getMessage());
    }
  }

  private static void createPrivate(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
