/** Plain-text and Markdown renderings of a report. */
@org.jspecify.annotations.NullMarked
package org.coprod.rules.render;
