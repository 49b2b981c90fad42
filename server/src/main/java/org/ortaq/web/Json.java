package org.ortaq.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import org.ortaq.error.Malformed;

/** JSON for the API: snake_case fields, ISO-8601 instants, unknown fields refused. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private Json() {}

  /** Reads the request body as {@code type}; a body that does not fit is a 400 naming the field. */
  public static <T> T read(Context ctx, Class<T> type) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new Malformed("the request needs a JSON body");
    }
    try {
      return MAPPER.readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      throw new Malformed("unknown field '" + e.getPropertyName() + "'");
    } catch (InvalidFormatException e) {
      throw new Malformed("field '" + path(e) + "' has the wrong type");
    } catch (MismatchedInputException e) {
      throw new Malformed(e.getPath().isEmpty() ? "the body is not a JSON object of the expected shape"
          : "field '" + path(e) + "' has the wrong type");
    } catch (JsonProcessingException e) {
      throw new Malformed("the body is not valid JSON (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  /** Answers with {@code value} as JSON and the given status. */
  public static void write(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  private static String path(MismatchedInputException e) {
    var out = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
