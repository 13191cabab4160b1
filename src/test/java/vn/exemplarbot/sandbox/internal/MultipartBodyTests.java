package vn.exemplarbot.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartBodyTests {

  @Test
  void readsFieldsAndFilesWithBinaryContent() {
    String body =
        "--b0\r\nContent-Disposition: form-data; name=\"chat_id\"\r\nContent-Length: 1\r\n\r\n7\r\n"
            + "--b0\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a b.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\u0000\r\n--b\r\n\r\n--b0--\r\n";

    List<MultipartBody.Part> parts =
        MultipartBody.parse(body.getBytes(StandardCharsets.ISO_8859_1), "b0");

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("chat_id");
    assertThat(parts.get(0).text()).isEqualTo("7");
    assertThat(parts.get(1).fileName()).isEqualTo("a b.bin");
    assertThat(parts.get(1).contentType()).isEqualTo("application/octet-stream");
    assertThat(parts.get(1).bytes())
        .isEqualTo("\u0000\r\n--b\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void findsTheBoundaryQuotedOrNot() {
    assertThat(MultipartBody.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartBody.boundary("multipart/form-data; charset=utf-8; boundary=\"x y\""))
        .isEqualTo("x y");
    assertThat(MultipartBody.boundary("multipart/form-data")).isNull();
  }
}
