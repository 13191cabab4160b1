package vn.exemplarbot.decision;

/**
 * A certificate was issued again after a roster correction ({@code /reissue}): what is public about
 * the exemplar (name, position, division) may have changed.
 */
public record CertificateReissued(long nominationId) {}
