package vn.exemplarbot.fostering;

/**
 * Where a direct addition stands, kept per person: the kind ({@code i} or {@code c}), the division,
 * the page of people shown and the person chosen. Every move takes a new sequence number, so the
 * buttons of an older message are stale.
 */
record Adding(int seq, String kind, String division, int page, String personId) {

  static final String FLOW = "newfactor-add";

  enum Step {
    KIND,
    DIVISION,
    PERSON,
    CONFIRM
  }

  static Adding start(int seq) {
    return new Adding(seq, null, null, 0, null);
  }

  Step step() {
    if (kind == null) {
      return Step.KIND;
    }
    if (division == null) {
      return Step.DIVISION;
    }
    return individual() && personId == null ? Step.PERSON : Step.CONFIRM;
  }

  boolean individual() {
    return "i".equals(kind);
  }

  Adding ofKind(String chosen) {
    return new Adding(seq + 1, chosen, null, 0, null);
  }

  Adding in(String code) {
    return new Adding(seq + 1, kind, code, 0, null);
  }

  Adding onPage(int shown) {
    return new Adding(seq + 1, kind, division, shown, null);
  }

  Adding of(String chosenPersonId) {
    return new Adding(seq + 1, kind, division, page, chosenPersonId);
  }

  Subject subject() {
    return individual() ? Subject.individual(personId, division) : Subject.collective(division);
  }
}
