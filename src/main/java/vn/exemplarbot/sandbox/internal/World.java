package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The emulator's state, shared by its methods and the users tests act as. */
public record World(
    ObjectMapper json,
    Chats chats,
    UpdateQueue updates,
    Callbacks callbacks,
    FileStore files,
    String botUsername) {}
