package org.routerdc.workbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgDocumentTest {
    @Test
    void everyElementIsWellFormedWithItsCoordinatesAndEscapedText() throws Exception {
        String text = new SvgDocument(200, 100, 11)
                .openGroup("fill-opacity=\"0.5\"")
                .circle(10, 20.125, 3, "fill=\"#112233\"")
                .closeGroup()
                .line(0, 0, 5.5, 6, "stroke=\"red\"")
                .polyline(new double[]{1, 2}, new double[]{3, 4}, "")
                .rect(1, 2, 3, 4, "")
                .diamond(50, 50, 7, "")
                .text(5, 6, "end", "a < b & \"c\"", "font-weight=\"bold\"")
                .verticalText(10, 50, "quality", "")
                .finish();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("200");
        Element circle = (Element) svg.getElementsByTagName("circle").item(0);
        assertThat(circle.getAttribute("cy")).isEqualTo("20.13");
        assertThat(((Element) circle.getParentNode()).getAttribute("fill-opacity")).isEqualTo("0.5");
        assertThat(((Element) svg.getElementsByTagName("polyline").item(0)).getAttribute("points")).isEqualTo("1.00,3.00 2.00,4.00");
        assertThat(((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d"))
                .isEqualTo("M 50.00 43.00 l 7.00 7.00 l -7.00 7.00 l -7.00 -7.00 z");
        Element label = (Element) svg.getElementsByTagName("text").item(0);
        assertThat(label.getTextContent()).isEqualTo("a < b & \"c\"");
        assertThat(label.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(((Element) svg.getElementsByTagName("text").item(1)).getAttribute("transform")).isEqualTo("rotate(-90 10.00 50.00)");
        assertThat(svg.getElementsByTagName("rect").getLength()).as("the white background and one rectangle").isEqualTo(2);
    }
}
