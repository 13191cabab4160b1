package vn.exemplarbot.sandbox.internal;

/** A file the emulator holds: uploaded by the bot or sent by a user. */
public record StoredFile(
    String fileId, String uniqueId, String fileName, String mimeType, byte[] bytes, String path) {}
