package vn.exemplarbot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.telegram.internal.ApiFailure;
import vn.exemplarbot.telegram.internal.BotApi;

/** {@code getFile}, then the bytes from {@code <base>/file/bot<token>/<path>}. */
@Component
class FileDownloads implements FileFetcher {

  private final BotApi api;

  FileDownloads(BotApi api) {
    this.api = api;
  }

  @Override
  public long fetch(String fileId, Path target) throws IOException {
    try {
      File file = api.call(GetFile.builder().fileId(fileId).build(), Duration.ofSeconds(15));
      if (file.getFilePath() == null) {
        throw new IOException("Telegram gave no path for the file");
      }
      Files.createDirectories(target.getParent());
      return api.download(file.getFilePath(), target, MAX_BYTES);
    } catch (ApiFailure e) {
      throw new IOException("download failed: " + e.reason());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }
}
