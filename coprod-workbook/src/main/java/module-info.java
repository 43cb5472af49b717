/**
 * coprod's workbooks: project files as spreadsheets ({@code .xlsx}), read and written in the table
 * layout of {@code org.coprod.io} with a streaming XLSX library.
 */
module org.coprod.workbook {
  requires transitive org.coprod.io;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  // the bounds of a workbook's zip entries and its merged cells are checked before it is read
  requires java.xml;

  exports org.coprod.workbook;
}
