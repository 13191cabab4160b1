/**
 * Nominations: the guided chat ({@code /nominate}) in which a staff member proposes a colleague or
 * a division, the drafts it keeps at every step, {@code /my} (resume or delete a draft, withdraw a
 * nomination) and the submission that gives a nomination its code ({@code N-<n>}). Owns the
 * nomination tables and the dossier files under {@code <data>/dossiers/}. The states after
 * submission: endorsement ({@code /endorse}, {@code Giới thiệu} / {@code Trả lại} by the nominee's
 * division head, the council secretary, or the council chair when no one else is left; never by the
 * proposer nor the nominee; a returned nomination is edited and resubmitted from {@code /my},
 * keeping its code); appraisal ({@code /appraise}, {@code Đạt} / {@code Bổ sung} / {@code Mở lại
 * thẩm định} by the council secretaries, the chair on the same terms; a dossier asked for more is
 * completed from {@code /my} and goes straight back as endorsed); {@code Xem hồ sơ} shows the whole
 * dossier in parts under Telegram's limit, then its files. What the ballot needs is {@code
 * BallotCandidates}, what the director's decision needs is {@code DecisionSubjects}; the council's
 * result and the decision show as "voted, awaiting the result" until the ballot is published
 * ({@code published_at}). Offers the {@code nominations-due} deadline to the reminders ({@code
 * NominationWork}): unsent drafts of the cycle, nominations returned or asked for more,
 * endorsements and appraisals waiting, each under whoever has to act, worked out as {@code /my},
 * {@code /endorse} and {@code /appraise} do. Uses {@code conversation}, {@code messaging}, {@code
 * roster}, {@code reminder}, {@code audit} and {@code clock}. {@code CycleNominations} gives the
 * cycle overview a year's submitted nominations with their states.
 */
package vn.exemplarbot.nomination;
