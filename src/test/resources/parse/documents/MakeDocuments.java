// Writes the PDF and DOCX fixtures of the parse tests with the PDFBox and POI that Tika brings. From the repo root:
//   mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp "$(cat /tmp/cp.txt)" src/test/resources/parse/documents/MakeDocuments.java src/test/resources/parse
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

public class MakeDocuments {
    static final String TITLE = "Harbour ferry crews walk out over night-shift rota";
    static final String[] PARAGRAPHS = {
        "Crews on the Northpoint ferry stopped work at dawn on Tuesday, leaving about 2,000 commuters to find other"
                + " ways across the estuary.",
        "The union says a new night-shift rota was imposed without consultation; the operator, Estuary Lines, says"
                + " talks will resume on Thursday."
    };
    static final String AUTHOR = "Mara Lindqvist";
    static final String SOURCE = "Harbour Gazette";
    static final String URL = "https://harbourgazette.example/news/ferry-strike";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        pdf(out.resolve("contract/article.pdf"));
        docx(out.resolve("contract/article.docx"));
    }

    static Calendar published() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(2024, Calendar.MARCH, 5, 9, 30, 0);
        return calendar;
    }

    static void pdf(Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(font, 11);
                text.newLineAtOffset(60, 720);
                for (String paragraph : PARAGRAPHS) {
                    for (String line : wrap(paragraph, 90)) {
                        text.showText(line);
                        text.newLineAtOffset(0, -14);
                    }
                    text.newLineAtOffset(0, -20);
                }
                text.endText();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE);
            info.setAuthor(AUTHOR);
            info.setCreationDate(published());
            info.setCustomMetadataValue("Source", SOURCE);
            info.setCustomMetadataValue("URL", URL);
            document.save(file.toFile());
        }
    }

    static void docx(Path file) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : PARAGRAPHS) {
                document.createParagraph().createRun().setText(paragraph);
            }
            var core = document.getProperties().getCoreProperties();
            core.setTitle(TITLE);
            core.setCreator(AUTHOR);
            core.setCreated(java.util.Optional.of(published().getTime()));
            var custom = document.getProperties().getCustomProperties();
            custom.addProperty("Source", SOURCE);
            custom.addProperty("URL", URL);
            document.write(out);
        }
    }

    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
