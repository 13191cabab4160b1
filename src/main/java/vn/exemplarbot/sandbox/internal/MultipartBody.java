package vn.exemplarbot.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal {@code multipart/form-data} decoder: enough for what HTTP clients of the Bot API send.
 */
public final class MultipartBody {

  /** One part: a form field when {@code fileName} is null, an uploaded file otherwise. */
  public record Part(String name, String fileName, String contentType, byte[] bytes) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private MultipartBody() {}

  /** The boundary named in a Content-Type header, or null when there is none. */
  public static String boundary(String contentType) {
    for (String piece : contentType.split(";")) {
      String p = piece.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring("boundary=".length());
        return b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
      }
    }
    return null;
  }

  public static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int afterDelimiter = start + delimiter.length;
      if (afterDelimiter + 1 < body.length
          && body[afterDelimiter] == '-'
          && body[afterDelimiter + 1] == '-') {
        break;
      }
      int headersStart = skipLineEnd(body, afterDelimiter);
      byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int end = indexOf(body, next, headersStart);
      if (end < 0) {
        throw new IllegalArgumentException("multipart body without closing boundary");
      }
      parts.add(part(body, headersStart, end));
      start = end + 2;
    }
    return parts;
  }

  private static Part part(byte[] body, int from, int to) {
    int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), from);
    if (headersEnd < 0 || headersEnd > to) {
      throw new IllegalArgumentException("multipart part without headers");
    }
    String headers = new String(body, from, headersEnd - from, StandardCharsets.UTF_8);
    String name = null;
    String fileName = null;
    String contentType = null;
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        name = attribute(line, "name");
        fileName = attribute(line, "filename");
      } else if (lower.startsWith("content-type:")) {
        contentType = line.substring("content-type:".length()).trim();
      }
    }
    byte[] bytes = java.util.Arrays.copyOfRange(body, headersEnd + 4, to);
    return new Part(name, fileName, contentType, bytes);
  }

  private static String attribute(String header, String key) {
    for (String piece : header.split(";")) {
      String p = piece.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(key)) {
        String v = p.substring(eq + 1).trim();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  private static int skipLineEnd(byte[] body, int i) {
    if (i < body.length && body[i] == '\r') {
      i++;
    }
    if (i < body.length && body[i] == '\n') {
      i++;
    }
    return i;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
