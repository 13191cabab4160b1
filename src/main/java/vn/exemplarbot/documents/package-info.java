/**
 * Documents: the ballot minutes (Biên bản kiểm phiếu), the recognition decision (Quyết định công
 * nhận, as a PDF and as an editable {@code .docx}) and the certificate (Giấy công nhận), rendered
 * in Vietnamese as {@code shared/docs/documents.md} lays them out, with the Liberation Serif font
 * embedded. Pure rendering: the caller passes a record of facts and gets the file's bytes; nothing
 * here touches Telegram, the database, the clock or the data folder.
 *
 * <p>Entry points: {@link vn.exemplarbot.documents.Documents} renders, {@link
 * vn.exemplarbot.documents.DocumentDates} writes dates as Decree 30 and the chat do, and {@link
 * vn.exemplarbot.documents.Issuer} gathers the organization and the {@code documents.*} settings
 * from the {@code roster} module, the only module this one uses. The facts come as {@link
 * vn.exemplarbot.documents.BallotMinutes}, {@link vn.exemplarbot.documents.RecognitionDecision} and
 * {@link vn.exemplarbot.documents.Certificate}.
 */
package vn.exemplarbot.documents;
