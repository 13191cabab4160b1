/**
 * Reminder: every timed action (reminders, closing a ballot at its deadline, the daily summary,
 * backups). The due-actions table is the source of truth: each row has a unique key and the instant
 * it is due by the injected clock. Quartz, with its in-memory store, is only the ticker. Each
 * action is claimed ({@code fired_at} set where it was null) in the same transaction as its effect,
 * so nothing fires twice and nothing is lost across restarts: a row due while the bot was down is
 * simply found late. Other modules offer {@link vn.exemplarbot.reminder.TimedActionHandler}s and
 * schedule rows; none of them sees Quartz. Uses {@code storage}.
 */
package vn.exemplarbot.reminder;
