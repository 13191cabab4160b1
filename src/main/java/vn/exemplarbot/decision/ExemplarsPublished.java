package vn.exemplarbot.decision;

/**
 * A ballot's publication moment has come: its outcomes are told and its exemplars (if any) are
 * public from now on. Published in the transaction that marks it published.
 */
public record ExemplarsPublished(long ballotId) {}
