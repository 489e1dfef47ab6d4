package dev.dossier.adapters.rest.json;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Reads {@link JsonRequest} parameters whatever the declared media type; it never throws for the body's content. */
@Provider
@Consumes(MediaType.WILDCARD)
public class JsonRequestReader implements MessageBodyReader<JsonRequest> {
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonRequest.class;
    }

    @Override
    public JsonRequest readFrom(
            Class<JsonRequest> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return JsonRequest.read(entityStream, mediaType);
    }
}
