/**
 * Division plans: each division that owes one (not the Office, not a division marked {@code plans:
 * false}) files its yearly plan with the Office before {@code cycle.division-plans-due}. {@code
 * /plan} takes it from a division head for their division, or from the office clerk for any
 * division (a paper plan, photographed or scanned), as a file or a typed text, then {@code Xác
 * nhận}; a later filing becomes the next version and the earlier ones are kept. After the deadline
 * a plan is still taken and marked late. The office clerks and the council secretaries are told of
 * each filing; {@code /plans} shows them every division as filed, missing or late. Owns the
 * division_plan table and the files under {@code <data>/plans/}. Offers {@link
 * vn.exemplarbot.reminder.DeadlineWork} for {@code division-plans-due}: the heads of a division
 * whose plan is missing are the ones reminded. Uses {@code conversation}, {@code messaging}, {@code
 * roster}, {@code reminder}, {@code audit} and {@code clock}. {@code PlanStatus} gives the cycle
 * overview each division's latest filing of a year.
 */
package vn.exemplarbot.plan;
