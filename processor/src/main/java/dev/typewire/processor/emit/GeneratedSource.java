package dev.typewire.processor.emit;

/**
 * One generated compilation unit as text, pure ASCII ({@link AsciiSource}). Emitters turn each
 * JavaPoet file into text at once ({@link EmitContext#source}): a large description gives thousands
 * of files, and their JavaPoet trees would otherwise all be held until the last one is built.
 */
public record GeneratedSource(String qualifiedName, String text) {}
