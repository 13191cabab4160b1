/**
 * Cycle: the yearly cycle at a glance, for the council secretary and the director only (they
 * already receive the minutes, so they may see the council's results once a ballot is closed, never
 * a member beside a choice). {@code /status [year]} sums up a cycle year in one message: the days
 * to each deadline of the current cycle (none for a past one), the division plans filed, late and
 * missing, the nominations per division and state, each ballot's state and turnout (never a count
 * while it is open), the decisions made, numbered and drafted; its buttons send the lists behind
 * the numbers ({@code Kế hoạch còn thiếu}, {@code Đề cử chờ giới thiệu}, {@code Hồ sơ chờ thẩm
 * định}, {@code Chờ quyết định}, {@code Chờ vào số}), the role checked again at every press. {@code
 * /report [year]} writes the same year as an {@code .xlsx} for the provincial board (summary,
 * nominations, the council's results from the facts recorded at close, decisions, new factors),
 * kept under {@code <data>/reports/<year>/} and sent as a document. The director's decision on a
 * nomination reads "decided, awaiting publication" until its ballot is published.
 *
 * <p>Owns no table: it reads {@code plan} ({@code PlanStatus}), {@code nomination} ({@code
 * CycleNominations}), {@code ballot} ({@code BallotOverview}, {@code BallotMinutes}), {@code
 * decision} ({@code DecisionOverview}) and {@code fostering} ({@code FactorOverview}); uses {@code
 * conversation}, {@code messaging}, {@code roster}, {@code audit} and {@code clock}.
 */
package vn.exemplarbot.cycle;
