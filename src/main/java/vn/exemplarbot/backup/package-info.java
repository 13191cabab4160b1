/**
 * Backup: the daily online backup at {@code EXEMPLAR_BACKUP_TIME} and {@code /backup} ({@link
 * vn.exemplarbot.backup.Backups}, one archive with a checksum beside it, {@link
 * vn.exemplarbot.backup.BackupArchive}), held while a {@link vn.exemplarbot.backup.BackupGate} says
 * a ballot's secrets are still in the files; and {@code verify} and {@code restore}, run from the
 * command line before Spring starts ({@link vn.exemplarbot.backup.BackupCommandLine}).
 *
 * <p>Uses {@code storage}, {@code reminder} (the timed action), {@code messaging}, {@code
 * conversation}, {@code roster} and {@code clock}. The ballot and the inbox implement the gate.
 */
package vn.exemplarbot.backup;
