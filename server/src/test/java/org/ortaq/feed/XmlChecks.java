package org.ortaq.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses, queries and validates XML in tests, against schemas kept in test resources. */
final class XmlChecks {
  private static final Map<String, String> NAMESPACES =
      Map.of(
          "atom", "http://www.w3.org/2005/Atom",
          "content", "http://purl.org/rss/1.0/modules/content/",
          "dc", "http://purl.org/dc/elements/1.1/",
          "media", "http://search.yahoo.com/mrss/",
          "sm", "http://www.sitemaps.org/schemas/sitemap/0.9",
          "xhtml", "http://www.w3.org/1999/xhtml",
          "xml", XMLConstants.XML_NS_URI);

  private XmlChecks() {}

  static Document document(String xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** The string value of an XPath over {@code xml}, with the prefixes of {@link #NAMESPACES}. */
  static String text(String xml, String expression) throws Exception {
    return xpath().evaluate(expression, document(xml));
  }

  static int count(String xml, String expression) throws Exception {
    return ((NodeList) xpath().evaluate(expression, document(xml), XPathConstants.NODESET))
        .getLength();
  }

  /** Every error and warning of validating {@code xml} against the XSD resources, in order. */
  static List<String> xsdViolations(String xml, String... schemaResources) throws Exception {
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var sources = new ArrayList<Source>();
    for (var resource : schemaResources) {
      sources.add(new StreamSource(XmlChecks.class.getResource(resource).toExternalForm()));
    }
    var validator = factory.newSchema(sources.toArray(Source[]::new)).newValidator();
    var violations = new ArrayList<String>();
    validator.setErrorHandler(collecting(violations));
    validator.validate(new StreamSource(new StringReader(xml)));
    return violations;
  }

  /** Every error of validating {@code xml} against a RELAX NG compact-syntax resource. */
  static List<String> relaxNgViolations(String xml, String schemaResource) throws Exception {
    var violations = new ArrayList<String>();
    var properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collecting(violations));
    var driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    var schema = new InputSource(XmlChecks.class.getResource(schemaResource).toExternalForm());
    if (!driver.loadSchema(schema)) {
      throw new IllegalStateException("schema did not load: " + violations);
    }
    driver.validate(new InputSource(new StringReader(xml)));
    return violations;
  }

  private static ErrorHandler collecting(List<String> violations) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        violations.add(describe("warning", e));
      }

      @Override
      public void error(SAXParseException e) {
        violations.add(describe("error", e));
      }

      @Override
      public void fatalError(SAXParseException e) {
        violations.add(describe("fatal", e));
      }
    };
  }

  private static String describe(String level, SAXParseException e) {
    return level + " " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  private static javax.xml.xpath.XPath xpath() {
    var xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
          }

          @Override
          public String getPrefix(String namespaceUri) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Iterator<String> getPrefixes(String namespaceUri) {
            throw new UnsupportedOperationException();
          }
        });
    return xpath;
  }
}
