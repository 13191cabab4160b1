/**
 * Nominations: the guided chat ({@code /nominate}) in which a staff member proposes a colleague or
 * a division, the drafts it keeps at every step, {@code /my} (resume or delete a draft, withdraw a
 * nomination) and the submission that gives a nomination its code ({@code N-<n>}). Owns the
 * nomination tables and the dossier files under {@code <data>/dossiers/}. The states after
 * submission: endorsement ({@code /endorse}, {@code Giới thiệu} / {@code Trả lại} by the nominee's
 * division head or the council secretary; a returned nomination is edited and resubmitted from
 * {@code /my}, keeping its code); appraisal, ballot and decision are named for later steps. Uses
 * {@code conversation}, {@code messaging}, {@code roster}, {@code audit} and {@code clock}.
 */
package vn.exemplarbot.nomination;
