package vn.exemplarbot.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/** Documents the bot sent or kept, read back as a person's software would. */
final class ReadBack {

  private ReadBack() {}

  static ChatMessage awaitDocument(BotHarness bot, EmulatedUser user, String name) {
    return bot.emulator()
        .awaitBotMessage(user.chatId(), m -> name.equals(m.documentName()), Duration.ofSeconds(20));
  }

  /** The text of a PDF, whitespace folded to single spaces. */
  static String pdfText(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pdfText(Path file) {
    try {
      return pdfText(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String docxText(byte[] bytes) {
    try (XWPFWordExtractor word =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
      return word.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with one line, standing in for a scanned signed decision. */
  static byte[] onePagePdf(String line) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        text.newLineAtOffset(72, 700);
        text.showText(line);
        text.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
