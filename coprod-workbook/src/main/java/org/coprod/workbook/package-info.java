/**
 * Project files as workbooks ({@code .xlsx}): {@link org.coprod.workbook.Workbooks} reads and
 * writes them in the one table layout of {@link org.coprod.io.ProjectTables}, with every problem
 * named by its sheet and cell.
 */
@NullMarked
package org.coprod.workbook;

import org.jspecify.annotations.NullMarked;
