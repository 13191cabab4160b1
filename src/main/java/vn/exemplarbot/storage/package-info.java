/**
 * Storage: the SQLite database under {@code EXEMPLAR_DATA_DIR}, our Spring Data JDBC dialect for it
 * (there is none upstream), the conversions it needs, and the data folder itself. Depends on no
 * other module; every module that keeps data relies on it through Spring's {@code DataSource}.
 *
 * <p>{@code DataFiles}: the bot's files under the data folder (dossier evidence, division plans,
 * ballot minutes, decisions, certificates, signed scans, reports). On PostgreSQL they live in the
 * database ({@code stored_file}, {@code stored_file_chunk}, chunks of 256 KiB streamed in and out),
 * so any instance can serve them and the folder is only a cache that can be lost: a module keeps a
 * file after writing it and asks for its local copy before reading or sending it (the Telegram
 * adapter through {@code LocalCopies}). On SQLite they stay in the folder and the tables stay
 * empty. The website export ({@code site/}) is not among them: a cache regenerated at start.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.exemplarbot.storage;
