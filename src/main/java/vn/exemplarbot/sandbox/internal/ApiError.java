package vn.exemplarbot.sandbox.internal;

/** An error answer of the Bot API, thrown by a method and turned into JSON by the handler. */
public final class ApiError extends RuntimeException {

  final int status;
  final int retryAfter;

  private ApiError(int status, String description, int retryAfter) {
    super(description, null, false, false);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  static ApiError badRequest(String what) {
    return new ApiError(400, "Bad Request: " + what, 0);
  }

  static ApiError forbidden(String what) {
    return new ApiError(403, "Forbidden: " + what, 0);
  }

  static ApiError tooManyRequests(int retryAfter) {
    return new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
  }

  static ApiError of(int status, String description) {
    return new ApiError(status, description, 0);
  }
}
