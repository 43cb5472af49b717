package org.coprod.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coprod.core.Problem;

/**
 * What is checked of a workbook before its cells are read: that its zip stays within the {@link
 * WorkbookLimits} (every entry is unpacked once and counted, so a zip bomb is refused after at most
 * the limits' bytes), and that no sheet has merged cells, which the library that reads the cells
 * does not report and a table cannot hold.
 */
final class ZipCheck {
  private ZipCheck() {}

  private static final XMLInputFactory XML = secure();

  private static XMLInputFactory secure() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** Counts the bytes that pass, and stops reading at a limit. */
  private static final class Counted extends FilterInputStream {
    private final long limit;
    private long count;

    Counted(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > limit) {
        throw new Over();
      }
    }
  }

  /** An entry grew past a limit. */
  private static final class Over extends IOException {
    private static final long serialVersionUID = 1L;

    Over() {
      super(null, null);
    }
  }

  /**
   * The problems of a workbook's zip and merged cells, each in {@code sourceName} (a merge at its
   * sheet's cells); empty when it may be read.
   */
  static List<Problem> check(Path file, String sourceName, WorkbookLimits limits) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> merges = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        problems.add(
            problem(
                sourceName,
                "the workbook holds "
                    + zip.size()
                    + " parts, more than the limit of "
                    + limits.maxEntries()));
        return problems;
      }
      long total = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long compressed = Math.max(1, entry.getCompressedSize());
        long byRatio =
            Math.max(
                limits.minBytesForRatio(),
                Math.multiplyExact(compressed, (long) limits.maxRatio()));
        long limit =
            Math.min(Math.min(limits.maxEntryBytes(), byRatio), limits.maxTotalBytes() - total);
        Counted in = new Counted(zip.getInputStream(entry), limit);
        try (in) {
          if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
            List<String> refs = mergedCells(in);
            if (!refs.isEmpty()) {
              merges.put(entry.getName(), refs);
            }
          }
          in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (Over over) {
          problems.add(problem(sourceName, tooLarge(limit, limits, compressed, total)));
          return problems;
        }
        total += in.count;
      }
      if (!merges.isEmpty()) {
        Map<String, String> sheets = sheetNames(zip);
        for (Map.Entry<String, List<String>> e : merges.entrySet()) {
          String sheet = sheets.getOrDefault(e.getKey(), e.getKey());
          for (String ref : e.getValue()) {
            problems.add(
                Problem.of(
                        Problem.Kind.SYNTAX,
                        "",
                        "cells are merged; a table holds one value a cell: unmerge them")
                    .in(sourceName + ":" + SheetSource.quoted(sheet) + "!" + ref));
          }
        }
      }
    } catch (ZipException e) {
      problems.add(problem(sourceName, notAWorkbook(file)));
    } catch (IOException e) {
      problems.add(
          problem(
              sourceName, "the workbook cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
    return problems;
  }

  private static String tooLarge(long limit, WorkbookLimits limits, long compressed, long total) {
    if (limit == limits.maxTotalBytes() - total) {
      return "the workbook unpacks to more than the limit of " + limits.maxTotalBytes() + " bytes";
    }
    if (limit == limits.maxEntryBytes()) {
      return "a part of the workbook unpacks to more than the limit of "
          + limits.maxEntryBytes()
          + " bytes";
    }
    return "a part of the workbook unpacks to more than "
        + limits.maxRatio()
        + " times its packed size ("
        + compressed
        + " bytes): a zip bomb, not a workbook a person saved, so it is not read";
  }

  /** Why a file that is no zip is no workbook: an older Excel's, or not a spreadsheet at all. */
  static String notAWorkbook(Path file) {
    byte[] head = new byte[4];
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 4);
      if (n == 4
          && (head[0] & 0xff) == 0xD0
          && (head[1] & 0xff) == 0xCF
          && (head[2] & 0xff) == 0x11
          && (head[3] & 0xff) == 0xE0) {
        return "this is a workbook of an older Excel (.xls): save it as an Excel Workbook (.xlsx)"
            + " and read that";
      }
    } catch (IOException e) {
      return "the file cannot be read (" + e.getClass().getSimpleName() + ")";
    }
    return "the file is not a workbook (.xlsx): it cannot be opened as one";
  }

  private static Problem problem(String sourceName, String message) {
    return Problem.of(Problem.Kind.SYNTAX, "", message).in(sourceName);
  }

  /** The ranges of merged cells in a sheet's XML, read as it streams past. */
  private static List<String> mergedCells(InputStream in) throws IOException {
    List<String> refs = new ArrayList<>();
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
          String ref = r.getAttributeValue(null, "ref");
          if (ref != null && refs.size() < 100) {
            refs.add(ref);
          }
        }
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw io;
      }
      // a sheet that is not well-formed is reported when its cells are read
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // closing a reader over a stream we close ourselves releases nothing more
        }
      }
    }
    return refs;
  }

  /** Each worksheet's entry in the zip, and the name of its sheet. */
  private static Map<String, String> sheetNames(ZipFile zip) throws IOException {
    Map<String, String> idToTarget = new HashMap<>();
    ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
    if (rels != null) {
      for (Map<String, String> a : elements(zip, rels, "Relationship")) {
        String target = a.getOrDefault("Target", "");
        String entry = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        idToTarget.put(a.getOrDefault("Id", ""), entry);
      }
    }
    Map<String, String> out = new HashMap<>();
    ZipEntry book = zip.getEntry("xl/workbook.xml");
    if (book != null) {
      for (Map<String, String> a : elements(zip, book, "sheet")) {
        String target = idToTarget.get(a.getOrDefault("id", ""));
        if (target != null) {
          out.put(target, a.getOrDefault("name", ""));
        }
      }
    }
    return out;
  }

  /** The attributes (by local name) of every element of a name in a small XML entry. */
  private static List<Map<String, String>> elements(ZipFile zip, ZipEntry entry, String name)
      throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (InputStream in = zip.getInputStream(entry)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(name)) {
          Map<String, String> a = new HashMap<>();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
          out.add(a);
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      // names are a courtesy of the message; without them the entry's name stands in
    }
    return out;
  }
}
