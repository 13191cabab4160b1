package vn.exemplarbot.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.exemplarbot.conversation.internal.FlowRows;

/**
 * Each person's flows, stored as JSON per flow, so a flow survives a restart and two flows never
 * share state. One flow at a time is active: it receives what the person types.
 */
@Service
@Transactional
public class Flows {

  private final FlowRows rows;
  private final JsonMapper json;
  private final Clock clock;

  Flows(FlowRows rows, JsonMapper json, Clock clock) {
    this.rows = rows;
    this.json = json;
    this.clock = clock;
  }

  public Optional<String> active(String personId) {
    return rows.active(personId);
  }

  public <T> Optional<T> state(String personId, String flow, Class<T> type) {
    return rows.state(personId, flow).map(s -> json.readValue(s, type));
  }

  /** Saves the flow's state and makes it the active one. */
  public void begin(String personId, String flow, Object state) {
    save(personId, flow, state);
    rows.activate(personId, flow);
  }

  /** Saves the flow's state, active or not. */
  public void save(String personId, String flow, Object state) {
    rows.save(personId, flow, json.writeValueAsString(state), clock.instant());
  }

  public void end(String personId, String flow) {
    rows.delete(personId, flow);
  }

  /** {@code /cancel}: nothing is active any more; every flow's state is kept. */
  public void pauseAll(String personId) {
    rows.deactivateAll(personId);
  }

  public List<String> flows(String personId) {
    return rows.flows(personId);
  }
}
