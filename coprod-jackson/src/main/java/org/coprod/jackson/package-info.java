/**
 * {@link org.coprod.jackson.CoprodModule}, a Jackson module that writes and reads coprod's values
 * in coprod's own formats: a {@code Project} as the project file's JSON, a {@code Report} and a
 * {@code Finding} as the JSON report's, ids as plain text. The formats are defined once, in
 * coprod-io: this module hands each value to coprod-io's writers and readers, so the JSON an
 * application's API gives is the JSON {@code coprod check --format json} gives.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.jackson;
