/**
 * Reminder: every timed action (reminders, closing a ballot at its deadline, the daily summary,
 * backups). The due-actions table is the source of truth: each row has a unique key and the instant
 * it is due by the injected clock. Quartz, with its in-memory store, is only the ticker. Each
 * action is claimed ({@code fired_at} set where it was null) in the same transaction as its effect,
 * so nothing fires twice and nothing is lost across restarts: a row due while the bot was down is
 * simply found late. Other modules offer {@link vn.exemplarbot.reminder.TimedActionHandler}s and
 * schedule rows; none of them sees Quartz.
 *
 * <p>Deadline reminders are built on it as a small public API: a module that owns work with a
 * deadline offers a {@link vn.exemplarbot.reminder.DeadlineWork} bean (the deadline's name, when it
 * falls under the settings, and who still has work at a given moment); {@code division-plans-due}
 * is offered by {@code plan}, {@code nominations-due} by {@code nomination}, and {@code
 * recognition-due} by both {@code ballot} (the secretaries) and {@code decision} (the directors,
 * the clerks): several offers of one deadline are asked as one ({@code SharedDeadline}). Each thing
 * owed may name its own command, so a person with several kinds of work for one deadline gets one
 * message pointing to all of them. For each offset of {@code reminders.offsets} the engine
 * schedules a timed action (a whole-day offset at {@code reminders.time-of-day}, moved back to the
 * working day before a weekend or a day of {@code holidays}, two landing on the same moment merged;
 * a shorter one when it falls), and the council secretary's daily summary on the working days of
 * the last week (what is missing by division, then by person). At its moment it asks who still has
 * work and sends each of them one message. A reminder is identified by (deadline and cycle year,
 * offset, person) and recorded in the transaction that puts it in the outbox, so it is sent at most
 * once whatever reloads and restarts happen; after an outage only the latest missed moment is sent,
 * and nothing once the deadline has passed. At start and after {@code ConfigReloaded} the moments
 * still ahead are scheduled anew. Uses {@code storage}, {@code roster}, {@code messaging}, {@code
 * audit} and {@code clock}.
 */
package vn.exemplarbot.reminder;
