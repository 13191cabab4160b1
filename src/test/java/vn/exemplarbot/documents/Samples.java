package vn.exemplarbot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import vn.exemplarbot.roster.Organization;
import vn.exemplarbot.roster.Signer;

/** The department of the example configuration, and documents about it. */
final class Samples {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Organization ORGANIZATION =
      new Organization(
          "Sở Ngoại vụ tỉnh Đồng Nai", "SNgV", "UBND tỉnh Đồng Nai", "Đồng Nai", "SỞ NGOẠI VỤ");
  static final Signer DIRECTOR = new Signer(null, "GIÁM ĐỐC", "Trần Quốc Bình");
  static final Signer DEPUTY = new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà");
  static final List<String> BASES =
      List.of(
          "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
          "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi"
              + " hành một số điều của Luật Thi đua, khen thưởng");
  static final String RIGHTS =
      "Các cá nhân, tập thể có tên tại Điều 1 được biểu dương, nhân rộng và được ưu tiên xem xét"
          + " khen thưởng theo quy định.";

  /** Every Vietnamese vowel with every tone, both cases, and đ: one group per vowel. */
  static final String EVERY_DIACRITIC =
      "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự"
          + " yỳýỷỹỵ đ AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ"
          + " UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ";

  static final String SPECIAL = "<b>&\"*_[]</b> `code` #1 \\n";

  static final LocalDate BALLOT_CLOSED = LocalDate.of(2026, 12, 15);

  private Samples() {}

  static Issuer issuer() {
    return new Issuer(ORGANIZATION, DIRECTOR, BASES, "");
  }

  static Issuer deputyWithRights() {
    return new Issuer(ORGANIZATION, DEPUTY, BASES, RIGHTS);
  }

  /**
   * 7 members, {@code >= 4/7} of them: a pass at exactly the threshold, a fail, a recused pass, no
   * quorum.
   */
  static BallotMinutes minutes(List<String> receipts) {
    List<MinutesRow> rows =
        List.of(
            new MinutesRow(
                "N-3", "Nguyễn Thị Hằng", "Phòng Hợp tác quốc tế", 4, 3, 0, 7, 7, true, true),
            new MinutesRow("N-4", "Huỳnh Đức Thịnh", "Phòng Lãnh sự", 3, 3, 1, 7, 7, true, false),
            new MinutesRow("N-5", "Phòng Lãnh sự", "Phòng Lãnh sự", 6, 0, 0, 6, 6, true, true),
            new MinutesRow(
                "N-6", "Trương Thị Ngọc Ánh", "Văn phòng Sở", 2, 1, 1, 7, 4, false, false));
    return new BallotMinutes(
        2026,
        ZonedDateTime.of(2026, 12, 12, 8, 0, 0, 0, ZONE),
        ZonedDateTime.of(2026, 12, 15, 17, 30, 0, 0, ZONE),
        ">= 2/3",
        ">= 4/7",
        true,
        true,
        7,
        7,
        7,
        0,
        rows,
        receipts,
        seal(receipts),
        "Phạm Thị Thanh Xuân",
        "Trần Quốc Bình");
  }

  /** Codes such as {@code K7Q2-9XPM}, in no order. */
  static List<String> receipts(int count, long seed) {
    Random random = new Random(seed);
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder code = new StringBuilder();
      for (int j = 0; j < 9; j++) {
        code.append(j == 4 ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  static String seal(List<String> receipts) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", receipts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Exemplar> exemplars() {
    return List.of(
        Exemplar.person(
            "Bà",
            "Nguyễn Thị Hằng",
            "Phó Trưởng phòng",
            "Phòng Hợp tác quốc tế",
            "Chủ trì tổ chức thành công 12 đoàn công tác nước ngoài; đề xuất sáng kiến số hoá hồ sơ"
                + " đối ngoại."),
        Exemplar.person(
            "Ông",
            "Huỳnh Đức Thịnh",
            "Chuyên viên",
            "Phòng Lãnh sự",
            "Giải quyết đúng hạn 100% hồ sơ lãnh sự; hỗ trợ công dân gặp nạn ở nước ngoài."),
        Exemplar.collective(
            "Phòng Lãnh sự",
            "Phòng Lãnh sự",
            "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026, không có hồ sơ trễ hạn."));
  }

  static RecognitionDecision numbered(List<Exemplar> exemplars) {
    return new RecognitionDecision(
        2026, "15/QĐ-SNgV", LocalDate.of(2027, 1, 5), BALLOT_CLOSED, exemplars);
  }

  static RecognitionDecision draft(List<Exemplar> exemplars) {
    return new RecognitionDecision(2026, null, null, BALLOT_CLOSED, exemplars);
  }

  static Certificate certificate(Exemplar exemplar, String movement) {
    return new Certificate(
        exemplar, movement, 2026, "15/QĐ-SNgV", LocalDate.of(2027, 1, 5), "12", false);
  }

  /** About 2,000 characters of achievements, with the diacritics and the special characters. */
  static String longAchievements() {
    StringBuilder text = new StringBuilder();
    int n = 1;
    while (text.length() < 1900) {
      text.append(n++)
          .append(
              ". Chủ trì xây dựng và triển khai kế hoạch hợp tác quốc tế, kết nối đầu tư với"
                  + " các đối tác Hàn Quốc, Nhật Bản; ");
    }
    return text + EVERY_DIACRITIC + " " + SPECIAL + " HẾT.";
  }

  /** Keeps a document under {@code target/documents/} for a person to look at. */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "documents"));
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
