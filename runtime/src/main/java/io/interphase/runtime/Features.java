package io.interphase.runtime;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named groups of bundles of a {@code .features} file, in start order. The format: a
 * {@code [group]} line opens a group, each further line names a jar of the bundle folder by its
 * artifactId, {@code #} starts a comment.
 */
public record Features(Map<String, List<String>> groups) {

    public Features {
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    public static Features read(Path file) throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        int lineNumber = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNumber++;
            int comment = raw.indexOf('#');
            String line = (comment < 0 ? raw : raw.substring(0, comment)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1).strip(), g -> new ArrayList<>());
            } else if (current == null) {
                throw new IOException(file + ":" + lineNumber + ": a bundle before any [group] line");
            } else if (!isArtifactId(line)) {
                throw new IOException(file + ":" + lineNumber + ": '" + line + "' is not an artifactId");
            } else {
                current.add(line);
            }
        }
        return new Features(groups);
    }

    /**
     * Letters, digits, '.', '_' and '-'. Plain loops here and below, not regular expressions and streams:
     * a start reads the features before any bundle can start, with every line of this class interpreted.
     */
    private static boolean isArtifactId(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Every bundle, in start order. */
    public List<String> bundles() {
        List<String> all = new ArrayList<>();
        for (List<String> group : groups.values()) {
            all.addAll(group);
        }
        return all;
    }

    /**
     * The jar of every bundle in start order.
     *
     * @throws IOException naming every listed bundle without a jar, and every jar no group lists
     */
    public List<Path> jars(Path bundleDir) throws IOException {
        List<String> listed = bundles();
        List<Path> jars = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : listed) {
            Path jar = bundleDir.resolve(name + ".jar");
            if (Files.isRegularFile(jar)) {
                jars.add(jar);
            } else {
                missing.add(name);
            }
        }
        Set<String> unlisted = new TreeSet<>();
        Set<String> listedNames = new HashSet<>(listed);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(bundleDir)) {
            for (Path file : files) {
                if (file.getFileName().toString().endsWith(".jar") && !listedNames.contains(artifactIdOf(file))) {
                    unlisted.add(artifactIdOf(file));
                }
            }
        }
        if (!missing.isEmpty() || !unlisted.isEmpty()) {
            throw new IOException("the features and " + bundleDir + " disagree: listed without a jar " + missing
                    + ", jars in no group " + unlisted);
        }
        return jars;
    }

    /** The jars of every bundle outside the named groups, in start order, after the same check as {@link #jars(Path)}. */
    public List<Path> jars(Path bundleDir, Set<String> leftOut) throws IOException {
        Set<String> kept = new java.util.LinkedHashSet<>(groups.keySet());
        kept.removeAll(leftOut);
        return jarsOf(bundleDir, kept);
    }

    /** The jars of the bundles of the named groups, in start order, after the same check as {@link #jars(Path)}. */
    public List<Path> jarsOf(Path bundleDir, Set<String> named) throws IOException {
        return jarsOf(jars(bundleDir), named);
    }

    /** Of these jars, as {@link #jars(Path)} returns them, those of the bundles of the named groups, in their order. */
    public List<Path> jarsOf(List<Path> jars, Set<String> named) {
        Set<String> kept = new HashSet<>();
        for (String group : named) {
            kept.addAll(groups.getOrDefault(group, List.of()));
        }
        List<Path> selected = new ArrayList<>();
        for (Path jar : jars) {
            if (kept.contains(artifactIdOf(jar))) {
                selected.add(jar);
            }
        }
        return selected;
    }

    /** The artifactId a bundle jar is named by: its file name without ".jar". */
    private static String artifactIdOf(Path jar) {
        String name = jar.getFileName().toString();
        return name.substring(0, name.length() - ".jar".length());
    }
}
