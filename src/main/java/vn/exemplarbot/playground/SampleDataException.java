package vn.exemplarbot.playground;

/** The sample data could not be made: what was missing, or which step got no answer. */
public final class SampleDataException extends RuntimeException {

  public SampleDataException(String message) {
    super(message);
  }
}
