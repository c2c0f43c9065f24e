package org.chengxin.formats;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.Record;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.formats.internal.CoreSerializers.IdentifierDeserializer;
import org.chengxin.formats.internal.CoreSerializers.IdentifierSerializer;
import org.chengxin.formats.internal.CoreSerializers.RecordDeserializer;
import org.chengxin.formats.internal.CoreSerializers.RecordSerializer;

/**
 * The Jackson module of the Chengxin model: {@link Record} as canonical JSON (SPEC §3, see
 * {@link CanonicalJson}), and {@link UnifiedSocialCreditCode}, {@link DivisionCode} and
 * {@link CitizenIdNumber} as strings. Discoverable through {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ChengxinJsonModule()).build();
 * Record r = mapper.readValue(json, Record.class);  // RecordFormatException on any validation ERROR
 * }</pre>
 *
 * <p>Reading a record validates it with {@link RecordValidator#standard()}; the problems travel in a
 * {@link RecordFormatException}, which Jackson lets through unwrapped.
 */
public final class ChengxinJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module; modules are stateless, so one may be shared. */
  public ChengxinJsonModule() {
    super("ChengxinJsonModule", Version.unknownVersion());
    addSerializer(Record.class, RecordSerializer.INSTANCE);
    addDeserializer(Record.class, Holder.RECORD);
    addSerializer(UnifiedSocialCreditCode.class, IdentifierSerializer.USCC);
    addDeserializer(UnifiedSocialCreditCode.class, IdentifierDeserializer.USCC);
    addSerializer(DivisionCode.class, IdentifierSerializer.DIVISION);
    addDeserializer(DivisionCode.class, IdentifierDeserializer.DIVISION);
    addSerializer(CitizenIdNumber.class, IdentifierSerializer.CITIZEN_ID);
    addDeserializer(CitizenIdNumber.class, IdentifierDeserializer.CITIZEN_ID);
  }

  private static final class Holder {
    static final RecordDeserializer RECORD = new RecordDeserializer(
        (tree, problems) -> new RecordFormatException(CanonicalJson.withRecordId(tree, problems)));
  }
}
