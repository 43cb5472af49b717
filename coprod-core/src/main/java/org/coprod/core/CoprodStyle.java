package org.coprod.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.vavr.encodings.VavrEncodingEnabled;

/**
 * The one style of every coprod value type: the abstract definition is {@code FooDef}, the
 * generated immutable class carries the plain name {@code Foo}, collections are Vavr's, and
 * builders refuse a missing required field with an {@link InvalidProjectException} naming the type
 * and the fields.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@VavrEncodingEnabled
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidProjectException.class,
    jdkOnly = true)
public @interface CoprodStyle {}
