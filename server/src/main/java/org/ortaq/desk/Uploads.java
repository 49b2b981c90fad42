package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.web.Json;
import org.ortaq.web.Routes;

/**
 * Image uploads from the editor: checked to be an image, at most 10 MB, scaled down to 1600 px,
 * re-encoded (which drops EXIF and every other metadata) and kept under the data directory.
 */
final class Uploads implements Routes {
  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final int MAX_WIDTH = 1600;

  private final Path root;
  private final Clock clock;

  Uploads(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.post("/admin/uploads", this::upload);
    routes.get("/uploads/<path>", this::serve);
  }

  private void upload(Context ctx) {
    DeskSession.session(ctx);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw new Invalid("file", "choose an image to upload");
    }
    if (file.size() > MAX_BYTES) {
      throw new Invalid("file", "the image is larger than 10 MB");
    }
    BufferedImage image;
    try (InputStream in = file.content()) {
      image = ImageIO.read(in);
    } catch (IOException e) {
      image = null;
    }
    if (image == null) {
      throw new Invalid("file", "the file is not an image (JPEG, PNG or GIF)");
    }
    boolean alpha = image.getColorModel().hasAlpha();
    BufferedImage scaled = scale(image, alpha);
    var date = clock.instant().atZone(ZoneOffset.UTC);
    String name = "%04d/%02d/%s.%s".formatted(date.getYear(), date.getMonthValue(), UUID.randomUUID(), alpha ? "png" : "jpg");
    Path target = root.resolve(name);
    try {
      Files.createDirectories(target.getParent());
      ImageIO.write(scaled, alpha ? "png" : "jpg", target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Json.write(ctx, 201, Map.of("url", "/uploads/" + name, "width", scaled.getWidth(), "height", scaled.getHeight()));
  }

  private void serve(Context ctx) {
    String path = ctx.pathParam("path");
    if (!path.matches("\\d{4}/\\d{2}/[0-9a-f-]{36}\\.(jpg|png)")) {
      throw new NotFound("upload");
    }
    Path file = root.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new NotFound("upload");
    }
    try {
      ctx.header("Cache-Control", "public, max-age=31536000, immutable")
          .contentType(path.endsWith(".png") ? "image/png" : "image/jpeg")
          .result(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage scale(BufferedImage image, boolean alpha) {
    int width = Math.min(MAX_WIDTH, image.getWidth());
    int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
    var scaled = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = scaled.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(image, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return scaled;
  }
}
