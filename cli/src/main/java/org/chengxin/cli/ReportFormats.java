package org.chengxin.cli;

import org.chengxin.formats.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format json|csv|html}. */
final class ReportFormats implements ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    try {
      return ReportFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a report format (expected json, csv or html)");
    }
  }
}
