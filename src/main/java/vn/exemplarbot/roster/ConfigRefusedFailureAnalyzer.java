package vn.exemplarbot.roster;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused configuration as a short list of mistakes and fixes, not a stack trace. */
class ConfigRefusedFailureAnalyzer extends AbstractFailureAnalyzer<ConfigRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, ConfigRefusedException cause) {
    return new FailureAnalysis(
        "Cấu hình trong "
            + cause.configDir().toAbsolutePath()
            + " có lỗi, bot không khởi động / the configuration has mistakes, the bot does not start:\n"
            + cause.vietnamese()
            + cause.english(),
        "Sửa các lỗi trên rồi khởi động lại / fix the mistakes above and start again.",
        cause);
  }
}
