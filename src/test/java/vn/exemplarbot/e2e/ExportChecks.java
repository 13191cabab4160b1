package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;

/**
 * Reads the website export as its consumers do: the files, the HTTP endpoints, the feed through a
 * feed parser, the JSON through a JSON Schema validator; and looks for anything private in it.
 */
final class ExportChecks {

  static final Path SCHEMA = Path.of("docs/exemplars.schema.json");
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final BotHarness bot;
  private final HttpClient http = HttpClient.newHttpClient();

  ExportChecks(BotHarness bot) {
    this.bot = bot;
  }

  Path site() {
    return bot.dataDir().resolve("site");
  }

  String file(String name) {
    try {
      return Files.readString(site().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path) {
    URI uri = URI.create("http://127.0.0.1:" + bot.port() + path);
    try {
      return http.send(
          HttpRequest.newBuilder(uri).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Feed atom(String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      return (Feed) new WireFeedInput().build(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FeedException e) {
      throw new AssertionError("The feed does not parse: " + e.getMessage(), e);
    }
  }

  /** The errors of the document against {@code docs/exemplars.schema.json}; none when valid. */
  static List<Error> schemaErrors(String json) {
    try {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(Files.readString(SCHEMA));
      return schema.validate(json, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /** Every export file's text and every endpoint's answer. */
  List<String> everythingPublic() {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(site())) {
      files.filter(Files::isRegularFile).forEach(f -> all.add(file(f.getFileName().toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String path : List.of("/exemplars", "/exemplars.json", "/exemplars.atom")) {
      all.add(get(path).body());
    }
    return all;
  }

  /** Each roster phone (as written and as dialled at home), Telegram id and username. */
  List<String> privateData() {
    List<String> secrets = new ArrayList<>();
    for (Person p : bot.bean(Directory.class).roster().people()) {
      if (p.phone() != null) {
        secrets.add(p.phone());
        secrets.add(p.phone().replaceFirst("^\\+84", "0"));
        secrets.add(p.phone().replaceFirst("^\\+", ""));
      }
      if (p.telegramId() != null) {
        secrets.add(String.valueOf(p.telegramId()));
      }
      if (p.telegramUsername() != null) {
        secrets.add(p.telegramUsername());
      }
    }
    assertThat(secrets).hasSizeGreaterThan(30);
    return secrets;
  }

  void carriesNothingPrivate() {
    List<String> secrets = privateData();
    for (String text : everythingPublic()) {
      for (String secret : secrets) {
        assertThat(text.toLowerCase()).doesNotContain(secret.toLowerCase());
      }
    }
  }
}
