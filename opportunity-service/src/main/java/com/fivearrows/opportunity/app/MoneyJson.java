package com.fivearrows.opportunity.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fivearrows.opportunity.opportunity.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@link Money} as the contracts write it, {@code {"value": "125000.00", "currency": "EUR"}}: the value a plain
 * decimal string (never an exponent), so no precision is lost between services. Reading also takes a JSON number,
 * read exactly. Applies to stored and published events and to REST answers alike.
 */
@Singleton
public class MoneyJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module, for mappers built outside Quarkus (tests, tools). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("five-arrows-money");
        module.addSerializer(Money.class, new Writer());
        module.addDeserializer(Money.class, new Reader());
        return module;
    }

    private static final class Writer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("value", money.value().toPlainString());
            json.writeStringField("currency", money.currency());
            json.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (Money) context.handleUnexpectedToken(Money.class, parser);
            }
            JsonNode node = parser.readValueAsTree();
            JsonNode value = node.get("value");
            JsonNode currency = node.get("currency");
            if (value == null || !(value.isTextual() || value.isNumber()) || currency == null || !currency.isTextual()) {
                return (Money) context.handleUnexpectedToken(Money.class, parser);
            }
            try {
                return new Money(value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText()), currency.asText());
            } catch (NumberFormatException e) {
                return (Money) context.handleWeirdStringValue(Money.class, value.asText(), "not a decimal amount");
            }
        }
    }
}
