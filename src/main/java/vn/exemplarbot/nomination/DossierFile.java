package vn.exemplarbot.nomination;

/** An evidence file of a dossier: its copy in the data folder and its Telegram file id. */
public record DossierFile(
    long id,
    String fileId,
    String path,
    String fileName,
    String mimeType,
    long size,
    boolean photo) {}
