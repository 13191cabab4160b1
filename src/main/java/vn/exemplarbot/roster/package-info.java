/**
 * The roster and the settings from {@code bot-config/}: who is who, their roles, and the rules the
 * cycle runs under; loading, validation, reload.
 *
 * <p>{@link vn.exemplarbot.roster.BotConfigLoader} reads {@code roster.yml} and {@code
 * settings.yml} into immutable records. A mistake refuses the whole load with every problem found,
 * each naming the file, the key path, the line and the fix (rendered from {@code
 * config-messages_*.properties}); a gap in the roster (no director, no council…) only warns. The
 * model is plain Java: no Spring, no JDBC, no Telegram types; a reload is simply a new load whose
 * result replaces the old one only when it is {@code Loaded} and no module's {@link
 * vn.exemplarbot.roster.ReloadVeto} refuses it (the ballot refuses a new cycle while a ballot is
 * open; roster knows the vetoes only as beans of that interface).
 */
package vn.exemplarbot.roster;
