package vn.exemplarbot.website;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.exemplarbot.decision.Recognition;

/**
 * {@code exemplars.json}: every year's exemplars, each with its year, in the shape {@code
 * docs/exemplars.schema.json} documents. Jackson writes and escapes it; nothing else goes in.
 */
@Component
class JsonExport {

  private final JsonMapper json;

  JsonExport(JsonMapper json) {
    this.json = json;
  }

  byte[] export(Snapshot snapshot) {
    ObjectNode root = json.createObjectNode();
    root.put("organization", snapshot.organization().name());
    root.put("currentYear", snapshot.currentYear());
    ArrayNode years = root.putArray("years");
    snapshot.years().forEach(years::add);
    ArrayNode exemplars = root.putArray("exemplars");
    snapshot.exemplars().forEach(r -> exemplars.add(item(r)));
    return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private ObjectNode item(Recognition r) {
    ObjectNode item = json.createObjectNode();
    item.put("year", r.year());
    item.put("code", r.code());
    item.put("collective", r.collective());
    item.put("honorific", r.honorific());
    item.put("name", r.name());
    item.put("position", r.position());
    item.put("division", r.division());
    item.put("movement", r.movement());
    item.put("achievements", r.achievements());
    item.put("decisionNumber", r.decisionNumber());
    item.put("decisionDate", r.decisionDate().toString());
    item.put("published", r.published().toString());
    return item;
  }
}
