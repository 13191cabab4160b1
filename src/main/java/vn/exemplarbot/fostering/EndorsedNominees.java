package vn.exemplarbot.fostering;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.nomination.NominationEndorsed;

/**
 * A nominee proposed as a new factor (step 7 of {@code /nominate}) joins the list when the
 * nomination is endorsed: synchronously, in the endorsement's transaction, so both stand or fall
 * together. Someone already listed is not listed twice.
 */
@Component
class EndorsedNominees {

  private final Fostering fostering;

  EndorsedNominees(Fostering fostering) {
    this.fostering = fostering;
  }

  @EventListener
  void on(NominationEndorsed endorsed) {
    if (endorsed.newFactor()) {
      fostering.fromNomination(endorsed);
    }
  }
}
