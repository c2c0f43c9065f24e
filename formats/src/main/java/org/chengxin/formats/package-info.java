/**
 * The canonical JSON format of dishonesty records (政务失信记录, SPEC §3) and its tools: the record validator
 * ({@link org.chengxin.formats.RecordValidator}), the canonical reader and writer
 * ({@link org.chengxin.formats.CanonicalJson}, {@link org.chengxin.formats.ChengxinJsonModule}), the streaming
 * reader of NDJSON and JSON arrays ({@link org.chengxin.formats.RecordReader}), the tables of SPEC §6 — the flat
 * canonical CSV, the 双公示 penalty templates and XLSX ({@link org.chengxin.formats.TableReader},
 * {@link org.chengxin.formats.TableWriter}; rules in docs/csv.md), one entry point over every format
 * ({@link org.chengxin.formats.RecordSource}) and the validation report of SPEC §8
 * ({@link org.chengxin.formats.ValidationReport}, {@link org.chengxin.formats.Validation}).
 *
 * <p>The JSON Schema (draft 2020-12) of a record is the resource
 * {@code org/chengxin/formats/record.schema.json}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package org.chengxin.formats;

import org.immutables.value.Value;
