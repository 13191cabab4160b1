package vn.exemplarbot.telegram;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says how to get a token instead of printing a stack trace. */
class MissingTokenFailureAnalyzer extends AbstractFailureAnalyzer<MissingTokenException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, MissingTokenException cause) {
    return new FailureAnalysis(
        "Chưa có TELEGRAM_BOT_TOKEN: bot không biết mình là bot nào."
            + " / TELEGRAM_BOT_TOKEN is not set: the bot does not know which bot it is.",
        """
        Tạo bot với @BotFather trong Telegram: gửi /newbot, đặt tên và username, rồi chép token \
        BotFather trả về vào biến môi trường, ví dụ:
            export TELEGRAM_BOT_TOKEN='<token từ BotFather>'
        rồi chạy lại. Không đưa token vào mã nguồn hay tệp cấu hình trong kho. (Môi trường thử đã \
        bị tắt bằng EXEMPLAR_SANDBOX=off.)
        Create a bot with @BotFather in Telegram (/newbot), then set the token it gives you:
            export TELEGRAM_BOT_TOKEN='<token from BotFather>'
        and start again. Never commit the token. (The sandbox is switched off by \
        EXEMPLAR_SANDBOX=off.)""",
        cause);
  }
}
