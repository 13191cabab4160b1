/**
 * The admin's commands: {@code /admin} (who on the roster has not registered, which messages
 * Telegram refused for good, the configuration's gaps), {@code /unbind} (frees a binding for a new
 * phone or account) and {@code /reload} (re-reads {@code bot-config/}; a refused file, or one a
 * module vetoes, keeps the configuration in force). On PostgreSQL, which instance is active and
 * whether another runs a different {@code bot-config/} ({@code ConfigDrift}). Uses {@code
 * conversation}, {@code roster}, {@code messaging}, {@code audit}, {@code storage}.
 */
package vn.exemplarbot.admin;
