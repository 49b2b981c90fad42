package org.ortaq.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.ortaq.config.StartupFailure;
import org.ortaq.error.NotFound;
import org.ortaq.error.OrtaqException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin on Jetty, bound to one address, stopping gracefully. */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  private static final int STOP_TIMEOUT_MILLIS = 15_000;
  private static final String THEMED = "ortaq.themed-error";
  /** Image uploads may be 10 MB; a little more for the rest of the form. */
  private static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

  private final Javalin app;
  private final List<String> endpoints;

  private WebServer(Javalin app, List<String> endpoints) {
    this.app = app;
    this.endpoints = endpoints;
  }

  /** Fails with a one-line message when {@code host:port} cannot be bound, before anything else. */
  public static void checkPortFree(String host, int port) {
    if (port == 0) {
      return;
    }
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new StartupFailure(
          "cannot listen on " + host + ":" + port + " (" + e.getMessage()
              + "); is another server running there? Set ORTAQ_HTTP_PORT to another port");
    }
  }

  /** Starts the server with every feature's routes mounted. */
  public static WebServer start(String host, int port, List<Routes> features, NotFoundPage notFound) {
    return start(host, port, features, notFound, Optional.empty());
  }

  /**
   * Starts the server with every feature's routes mounted, answering pages {@code pages} holds
   * before Javalin runs (a hit skips routing; see {@link PageCacheFastPath}).
   */
  public static WebServer start(
      String host, int port, List<Routes> features, NotFoundPage notFound, PageCache pages) {
    return start(host, port, features, notFound, Optional.of(pages));
  }

  private static WebServer start(
      String host, int port, List<Routes> features, NotFoundPage notFound, Optional<PageCache> pages) {
    List<String> endpoints = new java.util.concurrent.CopyOnWriteArrayList<>();
    Javalin app =
        Javalin.create(
            config -> {
              config.events.handlerAdded(meta -> endpoints.add(
                  meta.getHttpMethod().name() + " " + meta.getPath()));
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              // Jetty's pool of platform threads (Javalin's default, 8 to 250): serving cached
              // pages on 2 cores it answered 26k req/s at c=1 and 59k at c=64, against 8k and 41k
              // with a virtual thread per task (bench/http.sh, 2026-11).
              config.concurrency.useVirtualThreads = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.defaultContentType = "text/html; charset=utf-8";
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
              config.router.ignoreTrailingSlashes = false;
              config.jetty.modifyServer(
                  server -> {
                    // In-flight requests finish before the server stops (Jetty's graceful stop).
                    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                    pages.ifPresent(cache -> server.insertHandler(new PageCacheFastPath(cache)));
                    server.insertHandler(new GracefulHandler());
                  });
              features.forEach(feature -> feature.mount(config.routes));
              config.routes.exception(
                  OrtaqException.class,
                  (e, ctx) -> {
                    ctx.attribute(THEMED, true);
                    if (isApi(ctx)) {
                      Problems.write(ctx, e);
                    } else if (e instanceof NotFound) {
                      ctx.status(HttpStatus.NOT_FOUND);
                      notFound.render(ctx);
                    } else {
                      ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.getMessage());
                    }
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    String id = UUID.randomUUID().toString();
                    log.error("request failed id={} path={}", id, ctx.path(), e);
                    ctx.attribute(THEMED, true);
                    if (isApi(ctx)) {
                      Problems.write(ctx, 500, "Internal error", "reference " + id);
                    } else {
                      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                          .contentType("text/plain; charset=utf-8")
                          .result("Internal error; reference " + id);
                    }
                  });
              config.routes.error(
                  HttpStatus.NOT_FOUND.getCode(),
                  ctx -> {
                    // Paths no route matches; pages that threw NotFound are already themed.
                    if (ctx.attribute(THEMED) != null) {
                      return;
                    }
                    if (isApi(ctx)) {
                      Problems.write(ctx, 404, "Not found", "no route " + ctx.method() + " " + ctx.path());
                    } else {
                      notFound.render(ctx);
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new StartupFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    return new WebServer(app, List.copyOf(endpoints));
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  /** Every route as "METHOD /path", for the test that the OpenAPI document lists them all. */
  public List<String> endpoints() {
    return endpoints;
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Stops accepting connections, lets requests in flight finish, then stops. */
  @Override
  public void close() {
    app.stop();
  }
}
