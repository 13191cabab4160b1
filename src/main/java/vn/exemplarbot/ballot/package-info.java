/**
 * Ballot: the council's secret ballot over the appraised nominations (step 5 of the domain). The
 * secretary opens it ({@code /ballot_open}), follows who has voted ({@code /ballot_status}, {@code
 * Nhắc}), closes it ({@code /ballot_close}, or it closes itself at {@code ballot.duration} as a
 * timed action), voids it ({@code /ballot_void}) and recounts the sealed box ({@code
 * /ballot_audit}). The rules and the electorate are frozen at opening; quorum and threshold are
 * compared in exact fractions per nomination.
 *
 * <p>Secrecy by design: the voter list ({@code ballot_voter}: who has voted on what) and the box
 * ({@code ballot_box}: receipt, choice) share nothing but the ballot and the nomination. Both are
 * created full at opening; a vote marks its voter row and fills a randomly picked empty box row in
 * place with a choice of the same size as the empty mark, so neither content, physical order nor
 * row size links a member to a choice; neither has a timestamp. The choice awaiting {@code Xác
 * nhận} rides in the button data. Messages that show a choice or a receipt are ephemeral outbox
 * rows (deleted once delivered); the inbox drops each update's payload once handled; after every
 * commit that touches a choice the write-ahead log is checkpointed and truncated, deleted content
 * is zeroed ({@code secure_delete}) and a ballot's end rewrites the file ({@code VACUUM}). The
 * audit says "voted", never how. The facts the minutes need ({@link
 * vn.exemplarbot.ballot.BallotFacts}) are recorded at close with the seal (documents.md), and
 * {@link vn.exemplarbot.ballot.BallotClosed} is published.
 *
 * <p>Before {@code recognition-due} it tells the reminder engine ({@code BallotWork}) that the
 * secretaries still have work while appraised dossiers wait with no ballot open, or while a ballot
 * is open. It vetoes a reload that starts a new cycle while a ballot is open ({@code
 * CycleChangeVeto}, a {@link vn.exemplarbot.roster.ReloadVeto}).
 *
 * <p>Uses {@code nomination} ({@code BallotCandidates}), {@code roster}, {@code conversation},
 * {@code messaging}, {@code reminder}, {@code audit}, {@code storage} and {@code clock}. {@code
 * BallotOverview} gives the cycle overview each ballot's state and turnout, never a count.
 */
package vn.exemplarbot.ballot;
