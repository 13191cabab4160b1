package vn.exemplarbot.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
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
  private final ObjectProvider<FlowHandler> handlers;

  // The handlers lazily: they use this class themselves.
  Flows(FlowRows rows, JsonMapper json, Clock clock, ObjectProvider<FlowHandler> handlers) {
    this.rows = rows;
    this.json = json;
    this.clock = clock;
    this.handlers = handlers;
  }

  public Optional<String> active(String personId) {
    return rows.active(personId);
  }

  public <T> Optional<T> state(String personId, String flow, Class<T> type) {
    return rows.state(personId, flow).map(s -> json.readValue(s, type));
  }

  /** Saves the flow's state and makes it the active one; a flow set aside stays paused. */
  public void begin(String personId, String flow, Object state) {
    save(personId, flow, state);
    rows.activate(personId, flow);
  }

  /** Saves the flow's state, active or not. */
  public void save(String personId, String flow, Object state) {
    rows.save(personId, flow, json.writeValueAsString(state), clock.instant());
  }

  /**
   * Saves the state of a short flow started from a button (a comment to type) and makes it the
   * active one, setting aside the flow that was active: {@link #end} gives that one back.
   */
  public void interject(String personId, String flow, Object state) {
    save(personId, flow, state);
    rows.suspendActive(personId, flow);
  }

  /**
   * Ends the flow; a flow it had set aside ({@link #interject}) becomes active again and is
   * returned, so that the person can be told where they are.
   */
  public Optional<String> end(String personId, String flow) {
    rows.delete(personId, flow);
    return rows.resumeSuspended(personId);
  }

  /**
   * Ends a flow started by {@link #interject} and gives the person back the flow it set aside,
   * telling them where they are ({@link FlowHandler#resumed}).
   */
  public void finish(Turn turn, String flow) {
    String personId = turn.person().orElseThrow().id();
    end(personId, flow)
        .flatMap(f -> handlers.orderedStream().filter(h -> h.flow().equals(f)).findFirst())
        .ifPresent(h -> h.resumed(turn));
  }

  /** {@code /cancel}: nothing is active any more; every flow's state is kept. */
  public void pauseAll(String personId) {
    rows.deactivateAll(personId);
  }

  public List<String> flows(String personId) {
    return rows.flows(personId);
  }
}
