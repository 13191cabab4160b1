/**
 * Move: {@code java -jar exemplar-bot.jar migrate-to}, which moves a department from its SQLite
 * data folder into an empty PostgreSQL database before Spring starts ({@link
 * vn.exemplarbot.move.MoveCommandLine}): every table in dependency order and every file of the data
 * folder (into {@code stored_file} and {@code stored_file_chunk}), in one transaction of the
 * target, checked by counts and checksums before it commits. The source is only read.
 *
 * <p>Uses {@code storage} (the folder's lock, schema versions, texts) and {@code backup} (the
 * environment file and the folders a backup leaves out, which the move leaves out too).
 */
package vn.exemplarbot.move;
