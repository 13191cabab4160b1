/**
 * Decision: the director's decision over the nominations the council passed (step 6 of the domain,
 * first slice). When a ballot closes ({@code BallotClosed}) each nomination's council result is
 * copied from the ballot's facts. {@code /pending} lists the passed nominations awaiting a decision
 * with the council's counts and shares ({@code Xem hồ sơ}, {@code Công nhận}, {@code Không công
 * nhận}), those that did not pass apart, and a ballot that passed nothing to acknowledge ({@code
 * Xác nhận}). {@code /approve} (codes of one ballot make one decision; of several ballots, one per
 * ballot) and {@code /reject} (with a reason, typed or asked for) each repeat what will happen and
 * wait for {@code Xác nhận}; after {@code cycle.recognition-due} a second confirmation and the
 * decision or rejection is marked late. Only a director decides, whatever the button data; a
 * nomination is decided once. Numbering follows {@code documents.numbering}: {@code auto} numbers
 * {@code <n>/QĐ-<short-name>} from 1 in each calendar year of the decision's date; {@code clerk}
 * tells the office clerks, who register it ({@code /number}, or the {@code Nhập số} button on their
 * notice: number, then date, {@code Xác nhận}); until then it is a draft ({@code DỰ THẢO}). The
 * decision's PDF and {@code .docx} (module {@code documents}) are kept in {@code
 * <data>/decisions/<id>/} and sent to the directors, the council secretaries and the clerks when
 * made and again when numbered. {@code /signed} (clerk, director) attaches the signed scan (PDF or
 * image), kept beside them and from then on the copy sent instead.
 *
 * <p>Publication, one moment per ballot ({@code Publication}): when every nomination it passed is
 * decided and every resulting decision numbered, or when the director acknowledged a ballot that
 * passed nothing. Then, together: each nomination is marked published (its true state shows in
 * {@code /my} and dossiers from then on; before, {@code passed}, {@code failed}, {@code recognised}
 * and {@code not_recognised} all read "voted, awaiting the result"); its proposer, the nominee and
 * the heads of the nominee's division learn the outcome (recognised with the decision's number and
 * date, not recognised with the reason, not passed by the council); each exemplar's certificate
 * (Giấy công nhận) is kept beside the decision and sent to them and the council secretaries; each
 * exemplar joins the follow-up list ({@code Fostering.follow}); the new exemplars are announced in
 * {@code announce-chat-id}. Nothing of it is said before. A certificate gets, when first issued,
 * its register number (Số sổ), running from 1 in each calendar year of its date.
 *
 * <p>Corrections, only of a published recognition not revoked: {@code /revoke} (director, reason,
 * {@code Xác nhận}) keeps the revocation, marks the certificate {@code ĐÃ THU HỒI} in a file beside
 * the one sent, tells those concerned and the council secretaries and publishes {@link
 * vn.exemplarbot.decision.RecognitionRevoked}; the decision and the follow-up notes stay as the
 * record. {@code /reissue} (clerk, secretary) issues the certificate again from the roster as it is
 * now, as a new version beside the earlier files, sends it and publishes {@link
 * vn.exemplarbot.decision.CertificateReissued}.
 *
 * <p>{@code Recognitions} is the public list (website, {@code /exemplars}): recognised, numbered,
 * published, not revoked. {@code DecisionWork} tells the reminders of {@code recognition-due} who
 * still owes a decision, an acknowledgement or a number.
 *
 * <p>Uses {@code ballot} ({@code BallotClosed}, {@code BallotMinutes}), {@code nomination} ({@code
 * DecisionSubjects}, {@code BallotCandidates} for the dossier), {@code documents}, {@code
 * fostering}, {@code roster}, {@code conversation}, {@code messaging}, {@code audit}, {@code
 * reminder}, {@code clock}. {@code DecisionOverview} gives the cycle overview a year's decisions,
 * rejections and what awaits the director.
 */
package vn.exemplarbot.decision;
