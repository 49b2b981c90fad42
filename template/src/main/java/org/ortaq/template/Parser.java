package org.ortaq.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns tokens into a tree of nodes without recursion, so deep nesting cannot overflow the stack.
 *
 * <p>Matching follows DLE: {@code [if]}, the {@code [aviable]} family and the {@code [group]}
 * family nest properly (depth-counted; an unclosed one is an error); every other block closes at
 * the first {@code [/name]} of the same name (non-greedy, not nesting-aware) inside its parent; an
 * opening tag with no close, and a stray close, stay literal text. Nesting deeper than
 * {@value #DEEPEST} blocks and includes together is an error.
 */
final class Parser {
  static final int DEEPEST = 100;

  private static final Set<String> AVIABLE = Set.of("aviable", "available", "not-aviable", "not-available");
  private static final Set<String> GROUP = Set.of("group", "not-group");

  /** Builds nodes for the parser; block() gets the finished children of a matched pair. */
  interface Factory {
    Node text(String text);

    Node tag(Token token, int depth);

    Node block(Token open, List<Node> children, Token close);

    TemplateException error(Token token, String reason);
  }

  private Parser() {}

  static List<Node> parse(List<Token> tokens, Factory factory, int depth) {
    int count = tokens.size();
    int[] match = match(tokens);
    var root = new Frame(-1, count);
    var stack = new ArrayDeque<Frame>();
    Frame frame = root;
    int i = 0;
    while (true) {
      if (i >= frame.end) {
        if (frame == root) {
          break;
        }
        Node block = factory.block(tokens.get(frame.open), merge(frame.children), tokens.get(frame.end));
        i = frame.end + 1;
        frame = stack.pop();
        frame.children.add(block);
        continue;
      }
      Token token = tokens.get(i);
      switch (token.kind()) {
        case TEXT -> frame.children.add(factory.text(token.raw()));
        case VALUE -> frame.children.add(factory.tag(token, depth + stack.size()));
        case CLOSE -> frame.children.add(factory.text(token.raw()));
        case OPEN -> {
          int close = match[i];
          if (close > i && close < frame.end) {
            if (stack.size() + 1 + depth > DEEPEST) {
              throw factory.error(token, "blocks and includes nested deeper than " + DEEPEST);
            }
            stack.push(frame);
            frame = new Frame(i, close);
          } else if (family(token) != null) {
            throw factory.error(token, "unclosed [" + token.name() + "]");
          } else {
            frame.children.add(factory.tag(token, depth + stack.size()));
          }
        }
      }
      i++;
    }
    return merge(root.children);
  }

  /** For each opening tag, the index of its closing tag, or -1. */
  private static int[] match(List<Token> tokens) {
    int count = tokens.size();
    int[] match = new int[count];
    Arrays.fill(match, -1);
    Map<String, ArrayDeque<Integer>> open = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Token token = tokens.get(i);
      String family = family(token);
      if (family == null) {
        continue;
      }
      if (token.kind() == Token.Kind.OPEN) {
        open.computeIfAbsent(family, f -> new ArrayDeque<>()).push(i);
      } else {
        ArrayDeque<Integer> pending = open.get(family);
        if (pending != null && !pending.isEmpty()) {
          match[pending.pop()] = i;
        }
      }
    }
    Map<String, Integer> nextClose = new HashMap<>();
    for (int i = count - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (family(token) != null) {
        continue;
      }
      if (token.kind() == Token.Kind.CLOSE) {
        nextClose.put(closeKey(token), i);
      } else if (token.kind() == Token.Kind.OPEN && !isValueLike(token)) {
        Integer close = nextClose.get(openKey(token));
        if (close != null) {
          match[i] = close;
        }
      }
    }
    return match;
  }

  /** The nesting family of a tag ("if", "aviable", "group"), or null for an ordinary tag. */
  static String family(Token token) {
    String key = token.key();
    boolean open = token.kind() == Token.Kind.OPEN;
    boolean close = token.kind() == Token.Kind.CLOSE && !token.hasParams();
    if (!open && !close) {
      return null;
    }
    if (key.equals("if") && (close || (token.separator() == ' ' && !token.params().isBlank()))) {
      return "if";
    }
    if (AVIABLE.contains(key) && (close || token.separator() == '=')) {
      return "aviable";
    }
    if (GROUP.contains(key) && (close || token.separator() == '=')) {
      return "group";
    }
    return null;
  }

  /** Bracket tags that are values, never blocks: [xfvalue_X …] and friends. */
  static boolean isValueLike(Token token) {
    return token.key().startsWith("xfvalue_") || token.key().startsWith("profile_xfvalue_");
  }

  private static String openKey(Token token) {
    String key = token.key();
    if (token.hasParams() && (key.startsWith("xfgiven_") || key.startsWith("xfnotgiven_"))) {
      return key + " " + token.params().strip();
    }
    return key;
  }

  private static String closeKey(Token token) {
    return token.hasParams() ? token.key() + " " + token.params().strip() : token.key();
  }

  /** Joins neighbouring text nodes so rendering appends fewer, longer strings. */
  private static List<Node> merge(List<Node> nodes) {
    var merged = new ArrayList<Node>(nodes.size());
    StringBuilder pending = null;
    for (Node node : nodes) {
      if (node instanceof Node.Text text) {
        if (text.text().isEmpty()) {
          continue;
        }
        if (pending == null) {
          pending = new StringBuilder(text.text());
        } else {
          pending.append(text.text());
        }
        continue;
      }
      if (pending != null) {
        merged.add(new Node.Text(pending.toString()));
        pending = null;
      }
      merged.add(node);
    }
    if (pending != null) {
      merged.add(new Node.Text(pending.toString()));
    }
    return List.copyOf(merged);
  }

  private static final class Frame {
    final int open;
    final int end;
    final List<Node> children = new ArrayList<>();

    Frame(int open, int end) {
      this.open = open;
      this.end = end;
    }
  }
}
