package org.logokit.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format} case-insensitively, naming the choices when it is wrong. */
final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    try {
      return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value
          + "' is not a format: use text, json or github");
    }
  }
}
