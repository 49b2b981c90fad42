package org.ortaq.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A theme folder on disk; paths never leave it. */
record DirectorySource(Path directory, Charset charset) implements TemplateSource {
  DirectorySource {
    directory = directory.toAbsolutePath().normalize();
  }

  @Override
  public String name() {
    Path fileName = directory.getFileName();
    return fileName == null ? "" : fileName.toString();
  }

  @Override
  public Optional<String> read(String path) {
    Path file = directory.resolve(path).normalize();
    if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(Files.readAllBytes(file), charset));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> list() {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".tpl"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
