package vn.exemplarbot.website;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.Recognition;
import vn.exemplarbot.messaging.Texts;

/**
 * {@code exemplars.atom}: an Atom 1.0 feed, one entry per exemplar of every year, written with an
 * XML writer (which escapes). Ids are name-based UUIDs of the organisation's short name and the
 * nomination code, so an entry keeps its id across regenerations and roster corrections.
 */
@Component
class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final Texts texts;
  private final Clock clock;

  AtomFeed(Texts texts, Clock clock) {
    this.texts = texts;
    this.clock = clock;
  }

  static String id(String shortName, String what) {
    byte[] name = ("exemplar-bot/" + shortName + "/" + what).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  byte[] feed(Snapshot snapshot) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      head(xml, snapshot);
      for (Recognition r : snapshot.exemplars()) {
        entry(xml, snapshot, r);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the Atom feed", e);
    }
    return out.toByteArray();
  }

  private void head(XMLStreamWriter xml, Snapshot snapshot) throws XMLStreamException {
    String org = snapshot.organization().name();
    element(xml, "id", id(snapshot.organization().shortName(), "exemplars"));
    element(xml, "title", texts.get(Texts.VI, "website.feed.title", org));
    Instant updated =
        snapshot.exemplars().stream()
            .map(Recognition::published)
            .max(Comparator.naturalOrder())
            .orElse(clock.instant());
    element(xml, "updated", updated.toString());
    link(xml, "self", "application/atom+xml", SiteFiles.ATOM);
    link(xml, "alternate", "text/html", SiteFiles.yearPage(snapshot.currentYear()));
    xml.writeStartElement("author");
    element(xml, "name", org);
    xml.writeEndElement();
  }

  private void entry(XMLStreamWriter xml, Snapshot snapshot, Recognition r)
      throws XMLStreamException {
    xml.writeStartElement("entry");
    element(xml, "id", id(snapshot.organization().shortName(), r.code()));
    String title = Display.title(r, texts);
    element(
        xml,
        "title",
        texts.get(Texts.VI, "website.feed.entry", title, r.division(), String.valueOf(r.year())));
    element(xml, "updated", r.published().toString());
    element(xml, "published", r.published().toString());
    link(xml, "alternate", "text/html", SiteFiles.yearPage(r.year()) + "#" + r.code());
    String summary =
        texts.get(Texts.VI, "website.feed.summary", r.movement(), Display.decision(r, texts));
    text(xml, "summary", summary);
    text(xml, "content", r.achievements() == null ? "" : r.achievements().strip());
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeAttribute("type", "text");
    xml.writeCharacters(legal(value));
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(legal(value));
    xml.writeEndElement();
  }

  /** XML 1.0 has no place for most control characters, even escaped: they are left out. */
  private static String legal(String value) {
    return value == null
        ? ""
        : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }
}
