package vn.exemplarbot.roster;

/** The roster and settings were re-read and are now in force. */
public record ConfigReloaded(int warnings) {}
