package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.logokit.TestFiles;
import org.logokit.kit.Limits;
import org.logokit.render.SvgLoader;
import org.logokit.render.SvgMaster;
import org.logokit.format.pdf.PdfFacts;

/**
 * Every master of the real-logo corpus (gradients, clip paths, masks, patterns, filters,
 * embedded images, text) makes a one-page PDF of its size that both logokit's reader and PDFBox
 * read back.
 */
class PdfCorpusTest {
  static final Path CORPUS = TestFiles.RESOURCES.resolve("real");

  static List<Path> corpus() throws Exception {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
  }

  @Test
  void corpusIsNotEmpty() throws Exception {
    assertTrue(corpus().size() >= 30, "the real-logo corpus is missing files");
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void makesOnePageOfItsSize(Path svg) throws Exception {
    SvgMaster master = SvgLoader.load(Files.readAllBytes(svg), svg.toUri().toString(),
        Limits.DEFAULT);
    byte[] pdf = PdfPages.of(master, Limits.DEFAULT.maxPixelsPerOutput());
    PdfFacts facts = PdfFacts.read(pdf);
    assertEquals(1, facts.pages());
    assertEquals(master.size().width() * 0.75, facts.width(), 0.01, svg.toString());
    assertEquals(master.size().height() * 0.75, facts.height(), 0.01, svg.toString());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals(facts.width(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
    }
  }
}
