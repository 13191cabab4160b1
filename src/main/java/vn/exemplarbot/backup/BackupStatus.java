package vn.exemplarbot.backup;

import java.time.Instant;
import java.util.Optional;

/** What {@code /admin} and health say about backups. */
public record BackupStatus(
    Optional<Instant> lastSuccess,
    Optional<String> lastFile,
    long lastSize,
    Optional<Instant> lastSkip,
    Optional<String> lastSkipReason,
    Optional<Instant> lastFailure,
    Optional<String> lastFailureText,
    Optional<Instant> owedSince) {}
