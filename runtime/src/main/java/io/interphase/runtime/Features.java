package io.interphase.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1).strip(), g -> new ArrayList<>());
            } else if (current == null) {
                throw new IOException(file + ":" + lineNumber + ": a bundle before any [group] line");
            } else if (!line.matches("[A-Za-z0-9._-]+")) {
                throw new IOException(file + ":" + lineNumber + ": '" + line + "' is not an artifactId");
            } else {
                current.add(line);
            }
        }
        return new Features(groups);
    }

    /** Every bundle, in start order. */
    public List<String> bundles() {
        return groups.values().stream().flatMap(List::stream).toList();
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
        try (Stream<Path> files = Files.list(bundleDir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !listed.contains(n)).forEach(unlisted::add);
        }
        if (!missing.isEmpty() || !unlisted.isEmpty()) {
            throw new IOException("the features and " + bundleDir + " disagree: listed without a jar " + missing
                    + ", jars in no group " + unlisted);
        }
        return jars;
    }

    /** The names of the groups from the first up to and including {@code group}. */
    public Set<String> groupsThrough(String group) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : groups.keySet()) {
            names.add(name);
            if (name.equals(group)) {
                return names;
            }
        }
        throw new IllegalArgumentException("no group [" + group + "]");
    }

    /** The names of the groups after {@code group}. */
    public Set<String> groupsAfter(String group) {
        Set<String> names = new java.util.LinkedHashSet<>(groups.keySet());
        names.removeAll(groupsThrough(group));
        return names;
    }

    /** The jars of every bundle outside the named groups, in start order, after the same check as {@link #jars(Path)}. */
    public List<Path> jars(Path bundleDir, Set<String> leftOut) throws IOException {
        Set<String> kept = new java.util.LinkedHashSet<>(groups.keySet());
        kept.removeAll(leftOut);
        return jarsOf(bundleDir, kept);
    }

    /** The jars of the bundles of the named groups, in start order, after the same check as {@link #jars(Path)}. */
    public List<Path> jarsOf(Path bundleDir, Set<String> named) throws IOException {
        List<Path> all = jars(bundleDir);
        Set<String> kept = new java.util.HashSet<>();
        named.forEach(g -> kept.addAll(groups.getOrDefault(g, List.of())));
        return all.stream().filter(p -> {
            String n = p.getFileName().toString();
            return kept.contains(n.substring(0, n.length() - 4));
        }).toList();
    }
}
