/**
 * Storage: the SQLite database under {@code EXEMPLAR_DATA_DIR}, our Spring Data JDBC dialect for it
 * (there is none upstream), the conversions it needs, and the data folder itself. Depends on no
 * other module; every module that keeps data relies on it through Spring's {@code DataSource}.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.exemplarbot.storage;
