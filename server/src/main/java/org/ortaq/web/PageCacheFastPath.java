package org.ortaq.web;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers GET and HEAD of pages the {@link PageCache} holds straight from Jetty, before Javalin's
 * servlet, routing and context run; everything else (misses, other methods, {@code /api/}) falls
 * through. It writes the same {@link CachedReply} the cache's Javalin path writes.
 */
final class PageCacheFastPath extends Handler.Wrapper {
  private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, CachedReply.CACHE_CONTROL);
  private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, CachedReply.VARY);

  private final PageCache cache;
  // A few constant content types; each is written as the servlet API would write it.
  private final Map<String, HttpField> contentTypes = new ConcurrentHashMap<>();

  PageCacheFastPath(PageCache cache) {
    this.cache = Objects.requireNonNull(cache);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    HttpURI uri = request.getHttpURI();
    String path = uri.getPath();
    if ((!head && !HttpMethod.GET.is(method)) || path == null || path.startsWith("/api/")) {
      return super.handle(request, response, callback);
    }
    HttpFields headers = request.getHeaders();
    Optional<CachedReply> found =
        cache.answerWithoutRoute(
            path,
            uri.getQuery(),
            header(headers, HttpHeader.ACCEPT_ENCODING),
            header(headers, HttpHeader.IF_NONE_MATCH),
            header(headers, HttpHeader.IF_MODIFIED_SINCE));
    if (found.isEmpty()) {
      return super.handle(request, response, callback);
    }
    CachedReply reply = found.get();
    HttpFields.Mutable fields = response.getHeaders();
    fields.put(HttpHeader.ETAG, reply.etag());
    fields.put(HttpHeader.LAST_MODIFIED, reply.lastModified());
    fields.put(CACHE_CONTROL);
    fields.put(VARY);
    fields.put(contentTypes.computeIfAbsent(reply.contentType(), PageCacheFastPath::contentTypeField));
    if (reply.notModified()) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      response.write(true, null, callback);
      return true;
    }
    byte[] body = reply.body();
    response.setStatus(HttpStatus.OK_200);
    reply.contentEncoding().ifPresent(coding -> fields.put(HttpHeader.CONTENT_ENCODING, coding));
    fields.put(HttpHeader.CONTENT_LENGTH, body.length);
    // Jetty leaves the body out of a HEAD response itself, keeping Content-Length.
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String header(HttpFields headers, HttpHeader name) {
    return Objects.requireNonNullElse(headers.get(name), "");
  }

  /**
   * The Content-Type field as Jetty's servlet response writes it: a type Jetty knows in its canonical
   * form ("text/html; charset=utf-8" becomes "text/html;charset=utf-8"), any other as given.
   */
  private static HttpField contentTypeField(String contentType) {
    MimeTypes.Type known = MimeTypes.CACHE.get(contentType);
    return known != null ? known.getContentTypeField() : new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType);
  }
}
