package io.github.coproduction.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style, applied to every package that declares values: builders
 * made with {@code new X.Builder()}, no stray classpath annotations in generated code (they break
 * JPMS builds), {@code <redacted>} in {@code toString} for attributes marked
 * {@code @Value.Redacted}, and {@code copyOf}/{@code withX} copy methods unless a type turns them
 * off with {@code @Value.Immutable(copy = false)} (results and reference data do).
 *
 * <p>An annotation for code generation only: it has no effect at run time.
 *
 * <pre>{@code
 * // in a package-info.java:
 * // @io.github.coproduction.core.CoproductionStyle
 * // package com.example.mine;
 * CoproductionStyle.class.isAnnotation();   // true
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    builder = "new",
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface CoproductionStyle {}
