/**
 * Credit as people asked for it: the credits of each output in Markdown, as an All Contributors
 * file and as JATS contributors with CRediT roles ({@link org.coprod.io.credit.Credits}), and one
 * person's own record of their part for a CV, a reference or the benefits office ({@link
 * org.coprod.io.credit.Statement}).
 */
@NullMarked
package org.coprod.io.credit;

import org.jspecify.annotations.NullMarked;
