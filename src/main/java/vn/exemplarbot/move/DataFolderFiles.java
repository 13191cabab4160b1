package vn.exemplarbot.move;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.exemplarbot.backup.BackupArchive;
import vn.exemplarbot.backup.Backups;

/**
 * The files of the data folder that are the department's: what a backup takes, that is everything
 * but the database files, the lock, {@code backups/} (and the backup folder wherever it is), {@code
 * sandbox/}, {@code site/} (regenerated at start), folders a restore moved aside or left half-made,
 * {@code *.part} files and symbolic links.
 */
final class DataFolderFiles {

  /** A file to move: its path relative to the data folder, '/'-separated, and where it lies. */
  record DataFile(String path, Path file) {}

  private DataFolderFiles() {}

  static List<DataFile> list(Path dataDir, Path backupDir) throws IOException {
    List<DataFile> found = new ArrayList<>();
    Files.walkFileTree(
        dataDir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(dataDir)) {
              return FileVisitResult.CONTINUE;
            }
            boolean skipped =
                dir.equals(backupDir)
                    || Files.isSymbolicLink(dir)
                    || (dir.getParent().equals(dataDir) && skippedAtTop(dir));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && !Files.isSymbolicLink(file)
                && !file.getFileName().toString().endsWith(BackupArchive.PART)
                && !(file.getParent().equals(dataDir) && skippedAtTop(file))) {
              String relative = dataDir.relativize(file).toString().replace('\\', '/');
              found.add(new DataFile(relative, file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
              throw e;
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(DataFile::path));
    return found;
  }

  private static boolean skippedAtTop(Path entry) {
    return Backups.skippedAtTop(entry.getFileName().toString());
  }
}
