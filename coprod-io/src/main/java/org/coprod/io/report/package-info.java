/** Reports written as JSON, CSV and HTML, and JSON reports read back. */
@org.jspecify.annotations.NullMarked
package org.coprod.io.report;
