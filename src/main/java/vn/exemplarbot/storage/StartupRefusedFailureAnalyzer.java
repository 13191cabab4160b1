package vn.exemplarbot.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused data folder as the problem and its fix, not a stack trace. */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, StartupRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.fix(), cause);
  }
}
