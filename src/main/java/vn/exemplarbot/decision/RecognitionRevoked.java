package vn.exemplarbot.decision;

/**
 * The director withdrew a published recognition ({@code /revoke}): the exemplar leaves every public
 * list from now on; the row stays, marked revoked, for the audit and the report.
 */
public record RecognitionRevoked(long nominationId) {}
