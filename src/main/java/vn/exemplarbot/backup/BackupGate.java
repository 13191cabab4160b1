package vn.exemplarbot.backup;

import java.util.Optional;

/**
 * A module whose data must not be in a backup yet says why here (a message key of the bundles): the
 * ballot while one is open or its choices and receipts still wait in the outbox, the inbox while a
 * ballot's updates are not handled. Asked before the copy and again after it.
 */
public interface BackupGate {

  Optional<String> holdsBackup();
}
