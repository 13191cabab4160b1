package vn.exemplarbot.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published, unrevoked recognition as the public may see it: the exemplar as the roster names
 * them now, what they achieved, and the decision that recognised them. Carries nothing private (no
 * phone, Telegram id or username).
 *
 * @param honorific {@code Ông} / {@code Bà}; null for a collective
 * @param position null for a collective
 * @param name the person's name, or the division's for a collective
 * @param published when its ballot was published
 * @param year the cycle it was filed in
 */
public record Recognition(
    String code,
    boolean collective,
    String honorific,
    String name,
    String position,
    String division,
    String divisionCode,
    String movement,
    String achievements,
    String decisionNumber,
    LocalDate decisionDate,
    Instant published,
    int year) {}
