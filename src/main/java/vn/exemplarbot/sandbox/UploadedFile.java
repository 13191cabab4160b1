package vn.exemplarbot.sandbox;

/** A file part of a multipart request, as it appears among a request's parameters. */
public record UploadedFile(String fileName, String contentType, byte[] bytes) {

  @Override
  public String toString() {
    return "UploadedFile[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
  }
}
