package vn.exemplarbot.documents;

import java.util.Objects;

/**
 * Someone a decision recognises: a person (with the honorific the roster gives, printed on the
 * certificate) or a collective (a division, by its name).
 *
 * @param honorific {@code Ông} / {@code Bà}, or null (always null for a collective)
 * @param name the full name, family name first, or the collective's name
 * @param position chức vụ, or null
 * @param division the division's name, or null
 * @param achievements the summary printed in the decision's table (any length: it breaks across
 *     pages)
 */
public record Exemplar(
    boolean collective,
    String honorific,
    String name,
    String position,
    String division,
    String achievements) {

  public Exemplar {
    Objects.requireNonNull(name, "name");
    achievements = achievements == null ? "" : achievements;
  }

  public static Exemplar person(
      String honorific, String name, String position, String division, String achievements) {
    return new Exemplar(false, honorific, name, position, division, achievements);
  }

  public static Exemplar collective(String name, String division, String achievements) {
    return new Exemplar(true, null, name, null, division, achievements);
  }
}
