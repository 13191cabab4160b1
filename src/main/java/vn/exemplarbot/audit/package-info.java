/**
 * Audit: the log of every action (who, what, when, on what). Every module records through {@link
 * vn.exemplarbot.audit.AuditLog}; the content of a vote is never recorded. Depends on no other
 * module.
 */
package vn.exemplarbot.audit;
